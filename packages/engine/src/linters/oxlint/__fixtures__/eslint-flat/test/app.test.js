describe('handle', () => {
  it('logs', () => {
    const unused = 1;
    console.log('in a test');
    if (typeof window == 'undefined') return;
  });
});
