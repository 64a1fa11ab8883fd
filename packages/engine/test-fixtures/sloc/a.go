// Package a does things.
package a

/*
block
*/
var s = `raw
// inside raw string
`
