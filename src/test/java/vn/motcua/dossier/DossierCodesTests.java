package vn.motcua.dossier;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a code back into agency, day and number: what the historical import needs to move a day's sequence. */
class DossierCodesTests {

	@Test
	void readsACodeOfTheNationalPattern() {
		assertThat(DossierCodes.parse("000.17.22.H56-210531-0001"))
			.contains(new DossierCodes.Parts("000.17.22.H56", LocalDate.of(2021, 5, 31), 1));
		assertThat(DossierCodes.parse(DossierCodes.format("X99101", LocalDate.of(2026, 11, 23), 123)))
			.contains(new DossierCodes.Parts("X99101", LocalDate.of(2026, 11, 23), 123));
	}

	@Test
	void leavesOtherSystemsCodesAlone() {
		assertThat(DossierCodes.parse("CU-X99101-00001")).isEmpty(); // no date part
		assertThat(DossierCodes.parse("H56-210231-0001")).isEmpty(); // 31/02 is no day
		assertThat(DossierCodes.parse("H56-211301-0001")).isEmpty(); // month 13
		assertThat(DossierCodes.parse("-210531-0001")).isEmpty(); // no agency
		assertThat(DossierCodes.parse("H56-210531-01")).isEmpty(); // too short a number
	}

}
