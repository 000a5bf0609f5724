package io.github.perfeval.core.validation;

import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Has Hibernate Validator read a model object's constraints from the abstract type perfeval declares ({@code Form})
 * rather than from the class Immutables generates for it ({@code ImmutableForm}). The constraints are on the abstract
 * type's getters; the generated class adds only its builders, {@code with*} copies and fields, whose reflection (every
 * method and annotation) was most of a fresh JVM's first validation (140 → 80 ms measured in the command line's
 * class-data-sharing JVM, docs/PERFORMANCE.md). The metadata is then the same for every implementation of a type.
 */
final class ModelTypeNormalizer implements BeanMetaDataClassNormalizer {

    @Override
    public <T> Class<? super T> normalize(Class<T> beanClass) {
        Class<? super T> declared = beanClass.getSuperclass();
        if (declared != null && declared != Object.class
                && beanClass.getSimpleName().equals("Immutable" + declared.getSimpleName())
                && beanClass.getPackageName().equals(declared.getPackageName())) {
            return declared;
        }
        return beanClass;
    }
}
