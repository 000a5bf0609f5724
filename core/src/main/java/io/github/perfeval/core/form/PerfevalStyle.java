package io.github.perfeval.core.form;

import org.immutables.value.Value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Immutables style of perfeval's model: JavaBeans getters ({@code getName()}) so that Bean
 * Validation sees every constraint, JSON and builder names without the prefix ({@code name}),
 * package-private {@code Immutable*} implementations behind each type's nested {@code Builder} (the
 * generated types never appear in the public API), plain JDK collections, no {@code @Generated}
 * annotation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(get = {"get*", "is*"}, init = "*", typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true, jdkOnly = true,
        defaults = @Value.Immutable(copy = true),
        // no @Generated on the generated classes: value-annotations is compile-only here, and users compiling
        // against the model would otherwise get "Cannot find annotation method" warnings
        allowedClasspathAnnotations = {Override.class})
public @interface PerfevalStyle {
}
