package rnnplayground.web.share;

import rnnplayground.app.Change;
import rnnplayground.app.HashCodec;
import rnnplayground.app.WidgetState;
import rnnplayground.web.dom.Page;

/** The address follows the page state, without adding history entries. */
public final class Address implements WidgetState.View {
    @Override
    public void show(WidgetState widget, Change change) {
        if (change.has(Change.LINK)) {
            Page.replaceHash(HashCodec.encode(widget.page()));
        }
    }
}
