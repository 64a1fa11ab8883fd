/**
 * Javadoc.
 */
public class A {

    // comment
    int x = 1; /* trailing */
}
