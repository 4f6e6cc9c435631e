package dev.weft.benchmarks.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the file JMH writes with {@code -rf json}. */
public final class JmhResults {
    private JmhResults() {}

    public static List<Measurement> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parse(reader);
        }
    }

    static List<Measurement> parse(Reader json) {
        List<Measurement> measurements = new ArrayList<>();
        for (JsonElement element : JsonParser.parseReader(json).getAsJsonArray()) {
            measurements.add(measurement(element.getAsJsonObject()));
        }
        return measurements;
    }

    private static Measurement measurement(JsonObject result) {
        String benchmark = result.get("benchmark").getAsString();
        int methodDot = benchmark.lastIndexOf('.');
        String className = benchmark.substring(0, methodDot);
        JsonObject metric = result.getAsJsonObject("primaryMetric");
        double nanosPerUnit = Measurement.nanosPer(metric.get("scoreUnit").getAsString());
        return new Measurement(
                className.substring(className.lastIndexOf('.') + 1),
                benchmark.substring(methodDot + 1),
                params(result.getAsJsonObject("params")),
                Runtime.Version.parse(result.get("jdkVersion").getAsString()).feature(),
                result.get("vmName").getAsString() + " " + result.get("vmVersion").getAsString(),
                metric.get("score").getAsDouble() * nanosPerUnit,
                metric.get("scoreError").getAsDouble() * nanosPerUnit);
    }

    private static Map<String, String> params(JsonObject params) {
        Map<String, String> values = new LinkedHashMap<>();
        if (params != null) {
            params.entrySet().forEach(entry -> values.put(entry.getKey(), entry.getValue().getAsString()));
        }
        return values;
    }
}
