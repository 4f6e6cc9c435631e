package dev.weft.examples.modular;

/** The annotation another processor of the build reads. */
@interface Tag {}
