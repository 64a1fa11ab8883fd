# comment
=begin
block
=end
def f
  x = 1 # trailing

end
