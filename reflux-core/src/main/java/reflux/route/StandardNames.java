package reflux.route;

import java.util.function.Function;
import reflux.identity.NameResolver;
import reflux.model.identity.Resolution;

/** The shared standard name resolver ({@link NameResolver#standard()}) as a function. */
final class StandardNames {

    private StandardNames() {
    }

    static Function<String, Resolution> resolver() {
        return name -> NameResolver.standard().resolve(name);
    }
}
