package rnnplayground.web.controls;

import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Playback;
import rnnplayground.app.StepText;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.SelectOptions;

/** Play/pause, step back and forward, the scrub slider and the speed, driving one {@link Playback}. */
public final class PlaybackControls {
    private final Playback playback = new Playback();
    private final Runnable onChange;
    private final boolean reducedMotion = Page.mediaMatches("(prefers-reduced-motion: reduce)");
    private final HTMLElement play;
    private final HTMLElement playIcon;
    private final HTMLInputElement scrub;
    private final HTMLElement position;
    private final HTMLSelectElement speed;
    private int frame = -1;

    public PlaybackControls(HTMLDocument document, Runnable onChange) {
        this.onChange = onChange;
        play = document.getElementById("play");
        playIcon = document.getElementById("play-icon");
        scrub = (HTMLInputElement) document.getElementById("scrub");
        position = document.getElementById("position");
        speed = (HTMLSelectElement) document.getElementById("speed");
        play.addEventListener("click", event -> toggle());
        document.getElementById("step-back").addEventListener("click", event -> change(playback::stepBack));
        document.getElementById("step-forward").addEventListener("click", event -> change(playback::stepForward));
        scrub.addEventListener("input", event -> change(() -> playback.scrubTo(Integer.parseInt(scrub.getValue()))));
        for (int stepsPerSecond : Playback.SPEEDS) {
            SelectOptions.add(document, speed, String.valueOf(stepsPerSecond), Playback.speedName(stepsPerSecond));
        }
        speed.setValue(String.valueOf(Playback.DEFAULT_SPEED));
        speed.addEventListener("change", event -> change(() -> playback.setSpeed(Integer.parseInt(speed.getValue()))));
    }

    public Playback playback() {
        return playback;
    }

    /** A new sequence or model: show every column, stop playing. */
    public void showAll(int steps) {
        playback.showAll(steps);
        sync();
    }

    public void replay() {
        if (reducedMotion) {
            change(() -> playback.showAll(playback.steps()));
            return;
        }
        change(() -> playback.replay(Performance.now()));
    }

    public void toggle() {
        change(() -> {
            if (reducedMotion && !playback.isPlaying()) {
                playback.showAll(playback.steps());
            } else {
                playback.toggle(Performance.now());
            }
        });
    }

    private void change(Runnable action) {
        action.run();
        sync();
        onChange.run();
    }

    private void sync() {
        boolean playing = playback.isPlaying();
        play.setAttribute("aria-label", playing ? "Pause" : "Play");
        playIcon.setTextContent(playing ? "\u275A\u275A" : "\u25B6");
        scrub.setAttribute("max", String.valueOf(playback.steps()));
        scrub.setValue(String.valueOf(playback.position()));
        String shown = StepText.position(playback.position(), playback.steps());
        position.setTextContent(shown);
        scrub.setAttribute("aria-valuetext", shown);
        if (playing && frame < 0) {
            frame = Window.requestAnimationFrame(time -> tick());
        } else if (!playing && frame >= 0) {
            Window.cancelAnimationFrame(frame);
            frame = -1;
        }
    }

    private void tick() {
        frame = -1;
        if (playback.tick(Performance.now())) {
            sync();
            onChange.run();
        }
        if (playback.isPlaying() && frame < 0) {
            frame = Window.requestAnimationFrame(time -> tick());
        }
    }
}
