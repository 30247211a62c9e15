package rnnplayground.web.controls;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import rnnplayground.app.Change;
import rnnplayground.app.Playback;
import rnnplayground.app.StepText;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Page;
import rnnplayground.web.dom.SelectOptions;

/**
 * Replay, play/pause, step back and forward, the scrub slider and the speed, and the animation frames
 * that move the replay on. Where the person asked for reduced motion, playing shows every step at once.
 */
public final class PlaybackControls implements WidgetState.View {
    private final WidgetState widget;
    private final boolean animate = !Page.mediaMatches("(prefers-reduced-motion: reduce)");
    private final HTMLElement play;
    private final HTMLElement playIcon;
    private final HTMLInputElement scrub;
    private final HTMLElement position;
    private int frame = -1;

    public PlaybackControls(HTMLDocument document, WidgetState widget) {
        this.widget = widget;
        play = document.getElementById("play");
        playIcon = document.getElementById("play-icon");
        scrub = (HTMLInputElement) document.getElementById("scrub");
        position = document.getElementById("position");
        HTMLSelectElement speed = (HTMLSelectElement) document.getElementById("speed");
        document.getElementById("replay").addEventListener("click", event -> replay());
        play.addEventListener("click", event -> toggle());
        document.getElementById("step-back").addEventListener("click", event -> widget.stepBack());
        document.getElementById("step-forward").addEventListener("click", event -> widget.stepForward());
        scrub.addEventListener("input", event -> widget.scrubTo(Integer.parseInt(scrub.getValue())));
        for (int stepsPerSecond : Playback.SPEEDS) {
            SelectOptions.add(document, speed, String.valueOf(stepsPerSecond), Playback.speedName(stepsPerSecond));
        }
        speed.setValue(String.valueOf(Playback.DEFAULT_SPEED));
        speed.addEventListener("change", event -> widget.setSpeed(Integer.parseInt(speed.getValue())));
    }

    public void replay() {
        widget.replay(animate);
    }

    public void toggle() {
        widget.togglePlay(animate);
    }

    @Override
    public void show(WidgetState widget, Change change) {
        if (!change.hasAny(Change.POSITION | Change.LAYOUT)) {
            return;
        }
        Playback playback = widget.playback();
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
        widget.tick();
        if (widget.playback().isPlaying() && frame < 0) {
            frame = Window.requestAnimationFrame(time -> tick());
        }
    }
}
