/**
 * The picture feature: the SVG drawings in {@code content/images/} and their checks
 * ({@link Pictures}), the image syntax and its rules ({@link PictureSyntax}), and drawing
 * them inline in a page ({@link PictureRenderer}).
 */
package com.legspasms.pictures;
