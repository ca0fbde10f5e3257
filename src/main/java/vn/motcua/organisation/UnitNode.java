package vn.motcua.organisation;

import java.util.List;

/** A unit with the units below it, for the tree page. */
public record UnitNode(UnitView unit, List<UnitNode> children) {
}
