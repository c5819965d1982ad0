package reflux.model.finding;

/** How much a finding matters. */
public enum Severity { ERROR, WARNING, INFO }
