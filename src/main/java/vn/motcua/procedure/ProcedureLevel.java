package vn.motcua.procedure;

/** Cấp thực hiện: the level of government where a procedure is carried out. */
public enum ProcedureLevel {
	PROVINCE, DISTRICT, COMMUNE
}
