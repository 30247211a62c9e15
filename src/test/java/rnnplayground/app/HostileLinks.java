package rnnplayground.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Links a hostile or unlucky reader may open, each a hash without its "#": markup and script in every
 * place, numbers out of range or not numbers, values and keys far too long, keys given twice, broken
 * escapes, invisible and right-to-left characters, junk by the hundred kilobytes, states that do not
 * fit together, and a learning rate that makes training diverge. {@code HashCodecTest} reads each on
 * the JVM and {@code HostileLinksTest} opens each in the page, half of them on each engine.
 */
public final class HostileLinks {
    /** Every link, in a fixed order. */
    public static final List<String> ALL = Collections.unmodifiableList(all());

    private HostileLinks() {
    }

    /** 100,000 symbols of the alphabet, "abracadabra " again and again. */
    public static String longSequence() {
        StringBuilder out = new StringBuilder();
        while (out.length() < 100_000) {
            out.append("abracadabra ");
        }
        out.setLength(100_000);
        return out.toString();
    }

    /** About 100 KB of parts whose keys are escaped script, and bare words, after two good fields. */
    public static String junk() {
        StringBuilder junk = new StringBuilder("seed=11&h=8&");
        while (junk.length() < 100_000) {
            junk.append("%3Cscript%3Ewindow.injected%3D1%3C%2Fscript%3E=").append(junk.length()).append("&zz&");
        }
        return junk.toString();
    }

    private static List<String> all() {
        List<String> links = new ArrayList<>(List.of(
            // markup and script
            "seq=%3Cimg%20src%3Dx%20onerror%3D%22window.injected%3D1%22%3E&seed=5&h=8",
            "seq=<script>window.injected=1</script>&seed=5&h=8",
            "seq=ab&seed=5&h=8&<img src=x onerror=window.injected=1>=1&%3Cb%3Ebold%3C%2Fb%3E",
            "seq=%3Cscript%3Ealert(1)%3C%2Fscript%3E&seed=5",
            "%3Cscript%3E=1&<b>=2&a=1&b=2&c=3&d=4",
            "%3Cx%3E=1",
            "seq=ab&cell=%3Csvg%20onload%3Dwindow.injected%3D1%3E",
            "seq=ab&open=%3Ciframe%3E&colour=%22%3E%3Cimg%3E",
            "seq=ab&train=%3Cscript%3E:5:0.01:5,3",
            // characters outside the alphabet, broken and invisible ones
            "seq=abx&seed=77&h=9999",
            "seq=ABRA&seed=5",
            "seq=abr%C3%A9&seed=5",
            "seq=ab%0Acd&seed=5",
            "seq=a%09b&seed=5",
            "seq=abc%&seed=5",
            "seq=ab%2&seed=5",
            "seq=%ZZ&seed=5",
            "seq=ab%E2%80%AEdc&seed=5",
            "seq=a%F0%9F%98%80b%ED%A0%80c%C0%AFd&seed=5",
            "seq=a%00b%7F&seed=5",
            "seq=%2525%252B&seed=5",
            "seq=xyz&seed=5",
            "seq=&seed=1&h=4",
            // too long: a sequence, other values, a key
            "seq=" + "a".repeat(65) + "&seed=5",
            "seq=" + longSequence() + "&seed=3",
            "seq=" + "ab%3Cx".repeat(20_000) + "&seed=3",
            "seed=" + "9".repeat(300) + "&h=8",
            "train=" + "abracadabra:5:0.01:5,".repeat(40) + "3",
            "seq=ab&" + "k".repeat(100_000) + "=1&h=8",
            // numbers out of range, or not numbers
            "h=3", "h=65", "h=-16", "h=16.0", "h=1e1", "h=0x10", "h=", "h=NaN", "seed=1&h",
            "seed=4294967296", "seed=-1", "seed=99999999999", "seed=1%00", "seed= 1", "seed=Infinity",
            "seq=ab&seed=x&h=999",
            "seq=cab&seed=5&h=8&cell=rnnx&rho=7&lr=abc&train=-3&temp=99",
            "seq=abra&seed=5&train=1e99", "seq=abra&seed=5&train=1000001", "seq=abra&seed=5&lr=0.010",
            "seq=abra&rho=1e308&temp=-0&clip=0",
            "seq=abra&train=abracadabra:999999:1:off,5",
            "open=h:999999999999,1",
            // keys given more than once, unknown keys, empty parts
            "seed=1&seed=2",
            "seed=x&seed=8", "seed=8&seed=x",
            "seq=ab&seq=ba&h=8&h=9&h=10",
            "seed=1&seed=1&h=8&h=8&cell=gru&cell=gru&lr=1&lr=1&temp=1&temp=1",
            "seq=dd&speed=fast&seed=3&theme=dark&h=4",
            "=&&=x&==&seq=ab",
            "seq",
            // states that do not fit together
            "seq=abracadabra&seed=1&h=8&colour=8&open=h:2,11",
            "colour=4&h=4", "h=4&colour=64", "open=h:4,0&h=4", "seq=ab&open=h:0,2", "open=p:6,0", "open=x:1,1",
            "open=h:1", "open=h:-1,2", "colour=-1", "colour=1e1",
            "seq=a&train=5",
            "cell=gru&compare=gru",
            // a learning rate that makes training diverge
            "seq=abracadabra&seed=1&h=16&lr=1&train=200"));
        StringBuilder parts = new StringBuilder("seq=cab");
        for (int k = 0; k < 40; k++) {
            parts.append("&h=").append(4 + k);
        }
        links.add(parts.toString());
        links.add(junk());
        StringBuilder control = new StringBuilder("seed=99&");
        while (control.length() < 100_000) {
            control.append("%3Cscript%3E&\u0000\uFFFF<>\"'=;");
        }
        links.add(control + "&h=8");
        return links;
    }
}
