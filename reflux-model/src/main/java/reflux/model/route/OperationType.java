package reflux.model.route;

/** Unit operations a step is made of; {@link #CUSTOM} with details for anything else. */
public enum OperationType {
    CHARGE, ADD, STIR, HEAT, COOL, ADJUST_PH, QUENCH, WASH, EXTRACT, FILTER, DRY, CONCENTRATE,
    CRYSTALLISE, ION_EXCHANGE, HYDROGENATE, MONITOR, PHASE_SEPARATE, DISTIL, CUSTOM
}
