package rnnplayground.web.dom;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * Pixels handed to the browser in one piece: a Java int[] of 0xAABBGGRR, whose bytes, in the
 * little-endian order of every browser platform, are the R, G, B, A that ImageData reads.
 */
@JSClass(name = "Int32Array")
public class Pixels implements JSObject {
    Pixels(int[] abgr) {
    }

    @JSProperty
    native ArrayBuffer getBuffer();

    /** Opaque 0xAABBGGRR for the colour 0xRRGGBB. */
    public static int abgr(int rgb) {
        return 0xff000000 | (rgb & 0xff) << 16 | (rgb & 0xff00) | (rgb >> 16 & 0xff);
    }

    /** An image of {@code width} × {@code height} pixels from 0xAABBGGRR values, row after row. */
    public static ImageData image(int[] abgr, int width, int height) {
        return new ImageData(new Uint8ClampedArray(new Pixels(abgr).getBuffer()), width, height);
    }
}
