// comment
object A {
  /* block
   */
  def f = 1

}
