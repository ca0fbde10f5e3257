package vn.motcua.dossier.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * "Phiếu kiểm soát quá trình giải quyết hồ sơ": Mẫu 05 of TT 01/2018/TT-VPCP, Mẫu 06 of TT 03/2025/TT-VPCP; travels
 * with the paper dossier, one row per hand-over (DOMAIN.md §2.1). A5 like Mẫu 01–05 of TT 01/2018
 * ({@link FormSet#paperSize}); the header row of the table repeats when the rows run onto a second sheet.
 *
 * @param header the receiving office (Bộ phận Tiếp nhận và Trả kết quả / Trung tâm Phục vụ hành chính công)
 * @param applicantName "Kèm theo hồ sơ của"
 * @param resolvingUnit cơ quan (bộ phận) giải quyết hồ sơ
 * @param cooperatingUnits cơ quan phối hợp giải quyết hồ sơ; may be empty
 * @param rows the hand-overs, first from the desk to the resolving unit, last back to the desk
 * @param segments for an interlinked dossier (một cửa liên thông), each unit's part with its own deadline and
 * verdict, so the sheet says which unit was late; empty otherwise
 * @param overallVerdict the dossier's verdict against the appointment once resolved, or {@code null}
 */
public record ControlSheetData(FormHeader header, String dossierCode, String applicantName, LocalDateTime receivedAt,
		LocalDateTime dueAt, String resolvingUnit, List<String> cooperatingUnits, List<Handover> rows,
		FormSet formSet, List<Segment> segments, String overallVerdict) {

	/** A dossier one unit handles. */
	public ControlSheetData(FormHeader header, String dossierCode, String applicantName, LocalDateTime receivedAt,
			LocalDateTime dueAt, String resolvingUnit, List<String> cooperatingUnits, List<Handover> rows,
			FormSet formSet) {
		this(header, dossierCode, applicantName, receivedAt, dueAt, resolvingUnit, cooperatingUnits, rows, formSet,
				List.of(), null);
	}

	public ControlSheetData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicantName, "applicantName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		cooperatingUnits = List.copyOf(cooperatingUnits);
		rows = List.copyOf(rows);
		Objects.requireNonNull(formSet, "formSet");
		segments = segments == null ? List.of() : List.copyOf(segments);
	}

	/**
	 * One unit's part of an interlinked dossier: its share of the processing time as printed ("05 ngày làm việc"),
	 * when the dossier reached it, its own deadline, when it left, and the verdict against that deadline.
	 *
	 * @param verdict {@code Trước hạn}, {@code Đúng hạn}, {@code Quá hạn}; {@code null} while not completed
	 */
	public record Segment(int position, String unitName, String task, String share, LocalDateTime startedAt,
			LocalDateTime dueAt, LocalDateTime completedAt, String verdict) {

		public Segment {
			Objects.requireNonNull(unitName, "unitName");
		}

	}

	/**
	 * One row: "1. Giao: … 2. Nhận: …", the time of the hand-over with the signatures of người giao / người nhận,
	 * the step's result and a note.
	 *
	 * @param verdict kết quả giải quyết hồ sơ of the step: {@code Trước hạn}, {@code Đúng hạn}, {@code Quá hạn}; or
	 * {@code null} while undecided
	 */
	public record Handover(String fromUnit, String fromUser, String toUnit, String toUser, LocalDateTime at,
			String verdict, String note) {

		public Handover {
			Objects.requireNonNull(fromUnit, "fromUnit");
			Objects.requireNonNull(toUnit, "toUnit");
			Objects.requireNonNull(at, "at");
		}

	}

}
