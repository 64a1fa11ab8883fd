'use strict';
module.exports = function errorHandler(err, req, res, next) {
  const { secret, ...rest } = req.body;
  if (err == null) return rest;
  if (err.status == 500) debugger;
  const forgotten = 1;
  return res;
};
