package vn.motcua.bench;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated province has the shape issue 8 asks for, and the same seed gives the same province. */
class ProvinceShapeTests {

	ProvinceShape shape = new ProvinceShape(8, "T80", "Tỉnh Bảo Lâm", 150, 2000);

	@Test
	void aProvinceOfAboutOneHundredFiftyUnitsMostlyTwoLevelsSomeThree() {
		Map<String, ProvinceShape.Unit> byCode = shape.units().stream()
			.collect(Collectors.toMap(ProvinceShape.Unit::code, Function.identity()));
		assertThat(shape.units()).hasSize(150);
		assertThat(shape.units().stream().filter(u -> u.parentCode().isEmpty())).singleElement()
			.extracting(ProvinceShape.Unit::kind)
			.isEqualTo("PROVINCE");
		long threeLevels = shape.units().stream()
			.filter(u -> u.kind().equals("COMMUNE") && byCode.get(u.parentCode()).kind().equals("DISTRICT"))
			.count();
		long twoLevels = shape.units().stream()
			.filter(u -> u.kind().equals("COMMUNE") && u.parentCode().equals("T80"))
			.count();
		assertThat(threeLevels).isPositive().isLessThan(twoLevels);
		assertThat(shape.units().stream().map(ProvinceShape.Unit::agencyId).distinct()).hasSize(150);
		assertThat(shape.units()).allSatisfy(u -> {
			assertThat(u.code()).matches("[A-Z0-9][A-Z0-9._-]{0,39}");
			assertThat(u.agencyId()).matches("[A-Z0-9]{1,5}(\\.[A-Z0-9]{1,5}){1,5}");
			assertThat(u.weight()).isPositive();
		});
	}

	@Test
	void twoThousandProceduresOverFortyFieldsWithRealisticTimes() {
		assertThat(shape.procedures()).hasSize(2000);
		assertThat(shape.procedures().stream().map(ProvinceShape.Procedure::code).distinct()).hasSize(2000);
		assertThat(shape.procedures().stream().map(ProvinceShape.Procedure::fieldCode).distinct()).hasSize(40);
		Set<String> units = shape.procedures().stream().map(ProvinceShape.Procedure::unit).collect(Collectors.toSet());
		assertThat(units).containsExactlyInAnyOrder("WORKING_DAYS", "CALENDAR_DAYS", "WORKING_HOURS");
		assertThat(shape.procedures()).anySatisfy(p -> assertThat(p.sameDayCutoff()).isEqualTo("15:00"))
			.allSatisfy(p -> {
				assertThat(Double.parseDouble(p.value())).isLessThanOrEqualTo(Double.parseDouble(p.legalValue()));
				assertThat(p.code()).matches("[A-Z0-9][A-Z0-9._-]{0,39}");
			});
		Map<String, Long> online = shape.procedures().stream()
			.collect(Collectors.groupingBy(ProvinceShape.Procedure::onlineLevel, Collectors.counting()));
		assertThat(online.keySet()).containsExactlyInAnyOrder("FULL", "PARTIAL", "NONE");
	}

	@Test
	void aSmallCatalogueHasExactlyTheAskedNumberOverEveryField() {
		ProvinceShape small = new ProvinceShape(8, "T80", "Tỉnh Bảo Lâm", 12, 45);
		assertThat(small.procedures()).hasSize(45);
		assertThat(small.procedures().stream().map(ProvinceShape.Procedure::fieldCode).distinct()).hasSize(40);
		assertThat(small.units()).hasSize(12);
	}

	@Test
	void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
		ProvinceShape again = new ProvinceShape(8, "T80", "Tỉnh Bảo Lâm", 150, 2000);
		ProvinceShape other = new ProvinceShape(9, "T80", "Tỉnh Bảo Lâm", 150, 2000);
		assertThat(again.unitsCsv()).isEqualTo(shape.unitsCsv());
		assertThat(again.proceduresCsv()).isEqualTo(shape.proceduresCsv());
		assertThat(other.proceduresCsv()).isNotEqualTo(shape.proceduresCsv());
		assertThat(shape.proceduresCsv(0, 100) + shape.proceduresCsv(100, 2000).lines().skip(1)
			.map(l -> l + "\n").collect(Collectors.joining())).isEqualTo(shape.proceduresCsv());
	}

}
