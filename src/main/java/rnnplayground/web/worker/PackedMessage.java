package rnnplayground.web.worker;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;
import rnnplayground.core.Packed;

/**
 * Training written as {@link Packed} in a message: its arrays' buffers handed over rather than copied, or,
 * where the arrays are the writer's own ({@link Packed#holding}), copied by the message itself.
 */
final class PackedMessage {
    private PackedMessage() {
    }

    /**
     * Puts {@code packed} into {@code message}; returns the buffers to transfer. copyFromJavaArray shares
     * the Java array's buffer on the JavaScript engine: arrays the Packed copied are handed over, which
     * leaves nothing of the training detached; arrays it holds are the writer's own, and the message
     * copies them when it is posted, at once (a native copy, cheaper than the Java one it saves).
     */
    static JsList<JSObject> write(Packed packed, WorkerMessage message) {
        JsList<JSObject> transfer = new JsList<>();
        Float64Array numbers = Float64Array.copyFromJavaArray(packed.numbers());
        message.setNumbers(numbers);
        transfer.push(numbers.getBuffer());
        boolean handOver = !packed.holds();
        JsList<Float32Array> floats = new JsList<>();
        for (float[] values : packed.floatArrays()) {
            Float32Array array = Float32Array.copyFromJavaArray(values);
            floats.push(array);
            if (handOver) {
                transfer.push(array.getBuffer());
            }
        }
        message.setFloats(floats);
        JsList<Float64Array> doubles = new JsList<>();
        for (double[] values : packed.doubleArrays()) {
            Float64Array array = Float64Array.copyFromJavaArray(values);
            doubles.push(array);
            if (handOver) {
                transfer.push(array.getBuffer());
            }
        }
        message.setDoubles(doubles);
        JsList<JSString> texts = new JsList<>();
        for (String text : packed.texts()) {
            texts.push(JSString.valueOf(text));
        }
        message.setTexts(texts);
        return transfer;
    }

    static Packed read(WorkerMessage message) {
        List<float[]> floats = new ArrayList<>();
        for (int k = 0; k < message.getFloats().getLength(); k++) {
            floats.add(message.getFloats().get(k).copyToJavaArray());
        }
        List<double[]> doubles = new ArrayList<>();
        for (int k = 0; k < message.getDoubles().getLength(); k++) {
            doubles.add(message.getDoubles().get(k).copyToJavaArray());
        }
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < message.getTexts().getLength(); k++) {
            texts.add(message.getTexts().get(k).stringValue());
        }
        return Packed.of(message.getNumbers().copyToJavaArray(), floats, doubles, texts);
    }
}
