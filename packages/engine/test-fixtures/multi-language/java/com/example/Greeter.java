package com.example;

/** Says hello. */
public class Greeter {
    private final String name;

    public Greeter(String name) {
        this.name = name;
    }

    public String greet(boolean loud) {
        // Loud greetings shout.
        return loud ? "HELLO " + name.toUpperCase() : "Hello " + name;
    }
}
