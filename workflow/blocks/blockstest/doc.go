// Package blockstest checks what a reader of package blocks gives: that
// its blocks, and the segments cut from them, rebuild the document it
// read, and that every segment is well-formed in markup's notation. The
// tests of package markdown and package htmldoc share it.
package blockstest
