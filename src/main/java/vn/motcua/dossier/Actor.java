package vn.motcua.dossier;

/** Who performs a step: the username and unit code written into the history. */
public record Actor(String username, String unitCode) {
}
