/**
 * Files perfeval writes: {@link io.github.perfeval.core.io.AtomicFile} replaces a file only once its new
 * content is complete.
 */
package io.github.perfeval.core.io;
