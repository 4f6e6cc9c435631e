/** A user's modular application: it needs nothing but Weft's runtime module. */
module dev.weft.examples.modular {
    requires dev.weft;
}
