package reflux.audit;

import reflux.model.route.Charge;
import reflux.model.route.Outcome;
import reflux.model.route.Stage;

/**
 * One charge of a route located: its stage, its path ({@code stages[I].steps[A].operations[0].charges[0]}), the
 * substance it stands for (through {@code from} when it names an earlier outcome) and whether it is a stream made
 * inside the same stage (already counted, so skipped by mass totals).
 *
 * @param stage         the stage
 * @param path          path into the route
 * @param charge        the charge as read
 * @param substanceId   the substance charged, or null for a stream of unknown content
 * @param fromOutcome   the earlier outcome it takes, or null
 * @param internal      true when {@code from} names a stream produced inside this stage
 * @param containedIn   the enclosing charge for "a solution containing ...", or null
 */
record ChargeRef(Stage stage, String path, Charge charge, String substanceId, Outcome fromOutcome, boolean internal,
                 Charge containedIn) {

    String quote() {
        return charge.source().quote();
    }
}
