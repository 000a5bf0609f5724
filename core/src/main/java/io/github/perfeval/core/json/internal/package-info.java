/**
 * Internal: the Jackson 2 and Jackson 3 plumbing behind {@link io.github.perfeval.core.json.PerfevalJson},
 * {@link io.github.perfeval.core.json.PerfevalJackson2Module} and
 * {@link io.github.perfeval.core.json.PerfevalJackson3Module}. Not API: these classes are public only
 * because the model's Jackson 2 annotations must name them; they may change in any release. Register
 * one of the modules instead.
 */
package io.github.perfeval.core.json.internal;
