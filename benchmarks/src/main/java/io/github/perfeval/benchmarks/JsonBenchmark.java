package io.github.perfeval.benchmarks;

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

/**
 * Serialising and deserialising the yueyang form (24 indicators, 142 places), beside Jackson on plain mutable
 * POJOs that bind the same document content ({@code baseline*}, the goal's baseline: {@link #setUp} refuses to
 * run if its JSON differs from perfeval's in anything but property order) and beside the earlier baseline that
 * skipped the places ({@code withoutPlaces*}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    Form form;
    byte[] json;
    PlainPojos.FormPojo pojo;
    ObjectMapper mapper;
    ObjectMapper plain;
    PlainPojos.FormPojo pojoWithoutPlaces;
    ObjectMapper withoutPlaces;

    @Setup
    public void setUp() throws IOException {
        form = SampleForms.yueyang2024();
        mapper = PerfevalJson.mapper();
        json = mapper.writeValueAsBytes(form);
        plain = PlainPojos.mapper();
        pojo = plain.readValue(json, PlainPojos.FormPojo.class);
        if (!PlainPojos.sameContent(json, plain.writeValueAsBytes(pojo))) {
            throw new IllegalStateException("the plain baseline does not hold the same document as perfeval's JSON");
        }
        withoutPlaces = PlainPojos.mapperWithoutPlaces();
        pojoWithoutPlaces = withoutPlaces.readValue(json, PlainPojos.FormPojo.class);
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

    @Benchmark
    public byte[] withoutPlacesWrite() throws IOException {
        return withoutPlaces.writeValueAsBytes(pojoWithoutPlaces);
    }

    @Benchmark
    public PlainPojos.FormPojo withoutPlacesRead() throws IOException {
        return withoutPlaces.readValue(json, PlainPojos.FormPojo.class);
    }
}
