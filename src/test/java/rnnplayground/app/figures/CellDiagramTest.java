package rnnplayground.app.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rnnplayground.app.Choice;
import rnnplayground.app.NumberText;
import rnnplayground.core.CellKind;
import rnnplayground.core.Cells;
import rnnplayground.core.FlowOp;
import rnnplayground.core.Gate;
import rnnplayground.core.Network;
import rnnplayground.core.Trajectory;

class CellDiagramTest {
    private static Trajectory trajectory(String key) {
        return Trajectory.of(Network.random(key, 3, 8, Cells.DEFAULT_RECURRENT_SCALE).cell, "abracadabra");
    }

    @Test
    void everyCellsDiagramHasABoxForEachOperationItDeclaresAndAnArrowForEachInput() {
        for (String key : Cells.keys()) {
            CellKind kind = Cells.kind(key);
            Figure figure = CellDiagram.of(kind, trajectory(key), 0, 5, 2);
            int inputs = 0;
            for (FlowOp op : kind.flow) {
                assertNotNull(figure.box(op.output), key + ": a box for " + op.output);
                for (String input : op.inputs) {
                    assertNotNull(figure.arrow(input, op.output), key + ": an arrow from " + input + " into " + op.output);
                    inputs++;
                }
            }
            assertEquals(kind.flow.length + kind.stateSlots(), figure.boxes.size(), key + ": and one box a state leaving");
            assertEquals(inputs + kind.stateSlots() + 1, figure.arrows.size(), key + ": and x_t's rail");
            Set<String> places = new HashSet<>();
            for (Box box : figure.boxes) {
                assertTrue(places.add((int) box.x + "," + (int) box.y), key + ": no two boxes in one place");
                assertTrue(box.x - box.width / 2 >= 0 && box.x + box.width / 2 <= figure.width()
                        && box.y + box.height / 2 <= figure.height(), key + ": " + box.id + " inside the figure");
            }
        }
    }

    @Test
    void eachGateShowsTheStepsValueOfTheDimensionAndOpensItsArithmetic() {
        for (String key : Cells.keys()) {
            CellKind kind = Cells.kind(key);
            Trajectory trajectory = trajectory(key);
            Figure figure = CellDiagram.of(kind, trajectory, 1, 6, 3);
            for (FlowOp op : kind.flow) {
                if (op.kind != FlowOp.Kind.GATE) {
                    continue;
                }
                Gate gate = kind.gates[op.gate];
                Box box = figure.box(op.output);
                float value = trajectory.gate(6, op.gate, 3);
                assertEquals(gate.name, box.label);
                assertEquals(gate.activation.label + " " + NumberText.fixed(value, 2), box.value, key + " " + gate.name);
                assertTrue(figure.description.contains(gate.name + " " + gate.symbol + " = " + NumberText.fixed(value, 2)),
                        figure.description);
                Choice opened = box.action.choice;
                assertEquals(Action.Kind.OPEN, box.action.kind);
                assertEquals(Choice.Grid.GATE, opened.grid);
                assertEquals(op.gate, opened.index);
                assertEquals(1, opened.lane);
                assertEquals(3, opened.row);
                assertEquals(6, opened.step);
                if (gate.range.bounded()) {
                    assertEquals((value - gate.range.low) / (gate.range.high - gate.range.low), box.bar, 1e-12);
                }
            }
            Box h = figure.box("h_t out");
            assertEquals(NumberText.fixed(trajectory.h(6, 3), 2), h.value);
            assertEquals(Choice.Grid.HIDDEN, h.action.choice.grid);
        }
    }

    @Test
    void aStateCarriedOnByProductsAndSumsRunsAlongTheTopAndOneMadeAnewAlongTheBottom() {
        for (String key : Cells.keys()) {
            CellKind kind = Cells.kind(key);
            Figure figure = CellDiagram.of(kind, trajectory(key), 0, 2, 0);
            double topmost = Double.MAX_VALUE;
            for (Box box : figure.boxes) {
                topmost = Math.min(topmost, box.y);
            }
            String top = kind.furtherState.length > 0 ? kind.furtherState[0].symbol : "h";
            assertEquals(topmost, figure.box(FlowOp.next(top) + " out").y, key + ": " + top + " leaves along the top");
            for (FlowOp op : kind.flow) {
                if (op.kind == FlowOp.Kind.GATE) {
                    assertTrue(figure.box(op.output).y > topmost, key + ": gates under the top line");
                }
            }
        }
    }

    @Test
    void withoutStepsTheDiagramShowsNoValuesAndOpensNothing() {
        CellKind kind = Cells.kind(Cells.first());
        Figure figure = CellDiagram.of(kind, Trajectory.of(Network.random(Cells.first(), 1, 4, 0.9).cell, ""), 0, -1, 0);
        for (Box box : figure.boxes) {
            assertEquals(Action.Kind.NONE, box.action.kind, box.id);
        }
        assertFalse(figure.description.contains("="), figure.description);
    }
}
