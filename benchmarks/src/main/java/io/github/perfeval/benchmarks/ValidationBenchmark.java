package io.github.perfeval.benchmarks;

import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.validation.FormValidator;
import io.github.perfeval.testkit.SampleForms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Bean Validation of one form after warm-up, and the one-time cost of building the validator. */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

    Form form;
    FormValidator validator;

    @Setup
    public void setUp() {
        form = SampleForms.yueyang2024();
        validator = FormValidator.create();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public Object validateForm() {
        return validator.validate(form);
    }

    /** Building a validator (two Hibernate Validator factories, zh and en); done once per application. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public Object buildValidator() {
        return FormValidator.create();
    }
}
