package main

import "fmt"

// sign tells the sign of n.
func sign(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	return "positive"
}

func main() {
	fmt.Println(sign(3))
}
