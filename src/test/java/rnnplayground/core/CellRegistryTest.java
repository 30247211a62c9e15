package rnnplayground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every registered cell brings what the rest of the project reads from it: what it declares of
 * itself, its reference (a "…Reference" test class with its recorded training bits), and its note in
 * the page, with its equations.
 */
class CellRegistryTest {
    @Test
    void everyCellDeclaresItselfWholly() {
        for (String key : Cells.keys()) {
            CellKind kind = Cells.kind(key);
            RecurrentCell cell = Network.random(key, 1, 4, Cells.DEFAULT_RECURRENT_SCALE).cell;
            assertEquals(key, cell.key());
            assertFalse(kind.name.isEmpty() || kind.equations.isEmpty() || kind.reference.isEmpty()
                    || kind.memory.isEmpty(), key + ": a name, equations, a reference and a sentence on its memory");
            assertEquals(kind.stateSlots() * 4, cell.stateSize(), key);
            assertEquals(kind.gateSlots * 4, cell.gateSize(), key);
            Set<Integer> slots = new HashSet<>();
            for (Gate gate : kind.gates) {
                assertTrue(gate.slot < kind.gateSlots && slots.add(gate.slot), key + ": gate " + gate.name + " has a slot");
                assertFalse(gate.role.isEmpty() || gate.symbol.isEmpty(), key + ": gate " + gate.name);
            }
        }
    }

    @Test
    void everyCellHasAReferenceAndEveryReferenceACell() {
        Set<String> referenced = new HashSet<>();
        for (CellReference reference : CellReference.all()) {
            assertTrue(Cells.has(reference.key()), reference.key() + " is registered");
            referenced.add(reference.key());
        }
        assertEquals(Set.of(Cells.keys()), referenced);
    }

    @Test
    void everyCellHasItsNoteInThePageWithItsEquations() throws IOException {
        String page = Files.readString(Path.of("web/index.html"));
        for (String key : Cells.keys()) {
            int at = page.indexOf("<section class=\"cell-note\" data-cell=\"" + key + "\"");
            assertTrue(at >= 0, key + " has a note under the widget");
            String note = page.substring(at, page.indexOf("</section>", at));
            assertTrue(note.contains("<math display=\"block\">"), key + "'s note shows its equations");
            assertTrue(note.contains("<h3"), key + "'s note has a heading");
        }
    }
}
