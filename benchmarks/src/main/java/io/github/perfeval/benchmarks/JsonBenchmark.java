package io.github.perfeval.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.perfeval.core.form.Form;
import io.github.perfeval.core.json.PerfevalJson;
import io.github.perfeval.testkit.SampleForms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Serialising and deserialising the yueyang form, beside Jackson on plain mutable POJOs with the same fields. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    Form form;
    byte[] json;
    PlainPojos.FormPojo pojo;
    ObjectMapper mapper;
    ObjectMapper plain;

    @Setup
    public void setUp() throws IOException {
        form = SampleForms.yueyang2024();
        mapper = PerfevalJson.mapper();
        json = mapper.writeValueAsBytes(form);
        plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        pojo = plain.readValue(json, PlainPojos.FormPojo.class);
    }

    @Benchmark
    public byte[] perfevalWrite() throws IOException {
        return mapper.writeValueAsBytes(form);
    }

    @Benchmark
    public Form perfevalRead() throws IOException {
        return mapper.readValue(json, Form.class);
    }

    @Benchmark
    public byte[] baselineWrite() throws IOException {
        return plain.writeValueAsBytes(pojo);
    }

    @Benchmark
    public PlainPojos.FormPojo baselineRead() throws IOException {
        return plain.readValue(json, PlainPojos.FormPojo.class);
    }
}
