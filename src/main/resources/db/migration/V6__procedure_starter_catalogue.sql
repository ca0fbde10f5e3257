-- Starter catalogue of commune-level (and former district-level) administrative procedures (thủ tục hành chính).
--
-- Every procedure row says in `source` where its values come from and in `unverified` which values could NOT be
-- checked against a source. Codes are the national codes of the Cơ sở dữ liệu quốc gia về TTHC; none is invented:
-- each code was seen with the same name in at least one public listing (national record, provincial announcement
-- or provincial portal), as named in `source`. Secondary sources used (read through the stored public copies):
--   [DVCQG-1193]  national record of 1.001193 (API snapshot, 2026) kept in the public repository
--                 hongdienvbhp/BangNiemYetVinhBao, data/source-audit/dvc-api-detail-1.001193.json;
--   [DVCQG-0815]  national record of 2.000815 (same repository, dvc-api-detail-2.000815.json), announced by
--                 QĐ 3152/QĐ-BTP (Bộ Tư pháp, 10/2025);
--   [HP-2026]     Hải Phòng commune-level TTHC lists 2025–2026 (codes, names, fields, status) as tabulated in the
--                 same repository, data/BAO_CAO_51_TTHC_TRONG_DIEM_2026-09-07.md and
--                 data/priority-51-legal-verification.json;
--   [HP-TIME]     processing-time texts copied from national/Hải Phòng records, same repository,
--                 data/source-audit/priority50-official-time-overrides.json;
--   [DN-2228]     Đồng Nai land procedures after QĐ 2228/QĐ-UBND (public repository phamhungVpdklk/TTHC-2228);
--   [LC-26455]    Lào Cai (Yên Bái) provincial portal record "Cấp bản sao từ sổ gốc";
--   [CP-NCC]      Cẩm Phả (Quảng Ninh) commune record "Giải quyết chế độ trợ cấp thờ cúng liệt sỹ";
--   [DL-1010833]  Đắk Lắk / Bình Định provincial portal records of 1.010833.
-- Where no source was at hand the value comes from knowledge of the legal text and is listed in `unverified`.
-- A processing time whose legal value could not be established is stored with legal_value NULL and a provisional
-- applied_value, and its note starts with "TẠM TÍNH".
-- Times: same-day procedures (chứng thực, hộ tịch records saying "ngay trong ngày … sau 15 giờ") are applied_value 0
-- with same_day_cutoff 15:00. supplement_policy RESTART where the sector rule counts the time from a complete
-- dossier ("kể từ ngày nhận đủ hồ sơ/giấy tờ hợp lệ"), PAUSE otherwise (DOMAIN.md §4.1).

-- ---------------------------------------------------------------------------------------------------------------
-- Fields (lĩnh vực)
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure_field (code, name) values
    ('HO_TICH', 'Hộ tịch'),
    ('CHUNG_THUC', 'Chứng thực'),
    ('NUOI_CON_NUOI', 'Nuôi con nuôi'),
    ('BAO_TRO_XA_HOI', 'Bảo trợ xã hội'),
    ('NGUOI_CO_CONG', 'Người có công'),
    ('DAT_DAI', 'Đất đai'),
    ('HO_KINH_DOANH', 'Đăng ký hộ kinh doanh');

-- ---------------------------------------------------------------------------------------------------------------
-- Procedures
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure (code, name, field_id, main_level, online_level, same_day_cutoff, supplement_policy,
                       result_documents, legal_basis, where_to_submit, applicants, source, unverified)
values
-- ===== HỘ TỊCH =================================================================================================
('1.001193', 'Thủ tục đăng ký khai sinh',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'FULL', '15:00', 'RESTART',
 'Giấy khai sinh (bản chính, bản điện tử); bản sao Giấy khai sinh nếu người yêu cầu đề nghị',
 'Luật Hộ tịch số 60/2014/QH13 (Điều 13–17); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Thông tư 03/2023/TT-BTP; Nghị định 87/2020/NĐ-CP và Thông tư 01/2022/TT-BTP (đăng ký hộ tịch trực tuyến); Nghị định 104/2022/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP và Thông tư 08/2025/TT-BTP (phân định thẩm quyền chính quyền địa phương 02 cấp); Nghị quyết 66.7/2025/NQ-CP; Nghị định 18/2026/NĐ-CP; Thông tư 85/2019/TT-BTC, sửa đổi bởi Thông tư 106/2021/TT-BTC (lệ phí do HĐND tỉnh quyết định)',
 'Trung tâm Phục vụ hành chính công cấp xã (trước 01/7/2025: Bộ phận Tiếp nhận và Trả kết quả của UBND cấp xã) hoặc Trung tâm Phục vụ hành chính công cấp tỉnh (chuyển UBND cấp xã có thẩm quyền); trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; dịch vụ bưu chính công ích',
 'Cha, mẹ; ông, bà, người thân thích hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em (công dân Việt Nam, người Việt Nam định cư ở nước ngoài)',
 '[DVCQG-1193]: tên, cơ quan thực hiện (UBND cấp xã), kết quả (Giấy khai sinh), đối tượng, thành phần hồ sơ, quy tắc "tiếp nhận sau 15 giờ trả trong ngày làm việc tiếp theo", danh mục căn cứ pháp lý; Luật Hộ tịch 2014 Điều 11 (miễn lệ phí khai sinh đúng hạn) và Điều 16 (giải quyết ngay sau khi nhận đủ giấy tờ).',
 'Mức toàn trình (FULL) suy từ việc bản ghi cho nộp trực tuyến và trả Giấy khai sinh điện tử, chưa đối chiếu danh mục dịch vụ công toàn trình; phí cấp bản sao 8.000 đồng/bản theo Thông tư 281/2016/TT-BTC chưa đối chiếu văn bản; lệ phí đăng ký quá hạn tùy nghị quyết HĐND tỉnh; supplement_policy RESTART suy từ "ngay sau khi nhận đủ giấy tờ".'),

('1.000894', 'Thủ tục đăng ký kết hôn',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', '15:00', 'RESTART',
 'Giấy chứng nhận kết hôn (mỗi bên 01 bản chính)',
 'Luật Hôn nhân và gia đình số 52/2014/QH13; Luật Hộ tịch số 60/2014/QH13 (Điều 17, 18); Nghị định 123/2015/NĐ-CP (Điều 10); Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của một trong hai bên (trước 01/7/2025: Bộ phận Tiếp nhận và Trả kết quả của UBND cấp xã); có thể nộp trước trực tuyến nhưng hai bên phải có mặt khi đăng ký',
 'Hai bên nam, nữ là công dân Việt Nam cư trú ở trong nước',
 'Mã và tên: [HP-2026] và danh mục mã trong kho hongdienvbhp/BangNiemYetVinhBao; thời hạn: Luật Hộ tịch 2014 Điều 18 (ngay sau khi nhận đủ giấy tờ; xác minh không quá 05 ngày làm việc); miễn lệ phí: Luật Hộ tịch Điều 11 khoản 1 điểm b; quy tắc 15 giờ như bản ghi khai sinh [DVCQG-1193] và bản ghi phường Linh Chiểu (TP Thủ Đức).',
 'Thành phần hồ sơ lập theo Nghị định 123/2015/NĐ-CP Điều 10 (hiểu biết văn bản), chưa đối chiếu bản ghi quốc gia hiện hành; mức dịch vụ trực tuyến một phần chưa đối chiếu; bản ghi quốc gia chưa đọc trực tiếp.'),

('1.000656', 'Thủ tục đăng ký khai tử',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'FULL', '15:00', 'RESTART',
 'Trích lục khai tử (bản chính, bản điện tử)',
 'Luật Hộ tịch số 60/2014/QH13 (Điều 32–34); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 87/2020/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi cư trú cuối cùng của người chết (hoặc nơi người đó chết, nơi phát hiện thi thể); trực tuyến qua Cổng Dịch vụ công quốc gia/VNeID; bưu chính công ích',
 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; cơ quan, tổ chức có trách nhiệm khi không có người thân thích',
 'Mã và tên: [HP-2026]; thời hạn: Luật Hộ tịch 2014 Điều 34 (ngay sau khi nhận giấy tờ; cần xác minh không quá 03 ngày làm việc); miễn lệ phí đúng hạn: Luật Hộ tịch Điều 11.',
 'Mức toàn trình (FULL) chưa đối chiếu; thời hạn xác minh 03 ngày làm việc theo hiểu biết Điều 34, chưa đối chiếu văn bản; áp dụng quy tắc 15 giờ suy từ bản ghi khai sinh; lệ phí khai tử quá hạn tùy nghị quyết HĐND tỉnh.'),

('1.001022', 'Thủ tục đăng ký nhận cha, mẹ, con',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Trích lục đăng ký nhận cha, mẹ, con',
 'Bộ luật Dân sự 2015; Luật Hôn nhân và gia đình 2014; Luật Hộ tịch số 60/2014/QH13 (Điều 24, 25); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của người nhận hoặc người được nhận; trực tuyến một phần (các bên phải có mặt khi đăng ký)',
 'Cha, mẹ, con (các bên còn sống)',
 'Mã: danh mục mã nhận cha, mẹ, con (NCM = 1.001022) trong kho hongdienvbhp/BangNiemYetVinhBao; thời hạn: Luật Hộ tịch 2014 Điều 25 (03 ngày làm việc, xác minh thêm không quá 05 ngày làm việc).',
 'Thời hạn và thành phần hồ sơ theo hiểu biết văn bản luật, chưa đối chiếu bản ghi quốc gia; mức trực tuyến chưa đối chiếu; lệ phí theo nghị quyết HĐND tỉnh.'),

('1.000689', 'Thủ tục đăng ký khai sinh kết hợp nhận cha, mẹ, con',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
 'Luật Hộ tịch số 60/2014/QH13 (Điều 16, 25); Nghị định 123/2015/NĐ-CP (Điều 15); Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã có thẩm quyền đăng ký khai sinh; trực tuyến một phần',
 'Cha hoặc mẹ yêu cầu nhận con đồng thời đăng ký khai sinh cho con',
 'Mã và tên: [HP-2026]; thời hạn: theo thời hạn đăng ký nhận cha, mẹ, con (Luật Hộ tịch 2014 Điều 25).',
 'Thời hạn 03 ngày làm việc áp theo Điều 25 Luật Hộ tịch và Điều 15 Nghị định 123/2015/NĐ-CP (hiểu biết văn bản), chưa đối chiếu bản ghi; thành phần hồ sơ chưa đối chiếu bản ghi; mức trực tuyến chưa đối chiếu.'),

('1.004837', 'Thủ tục đăng ký giám hộ',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Trích lục đăng ký giám hộ',
 'Bộ luật Dân sự 2015 (Điều 46–63); Luật Hộ tịch số 60/2014/QH13 (Điều 19–21); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP',
 'Trung tâm Phục vụ hành chính công cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ',
 'Người giám hộ (giám hộ cử hoặc giám hộ đương nhiên)',
 'Mã và tên: [HP-2026]; thời hạn: Luật Hộ tịch 2014 Điều 20–21 (03 ngày làm việc); miễn lệ phí: Luật Hộ tịch Điều 11 khoản 1 điểm b.',
 'Thời hạn và thành phần hồ sơ theo hiểu biết văn bản luật, chưa đối chiếu bản ghi quốc gia; mức trực tuyến chưa đối chiếu.'),

('1.004845', 'Thủ tục đăng ký chấm dứt giám hộ',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Trích lục đăng ký chấm dứt giám hộ',
 'Bộ luật Dân sự 2015 (Điều 62); Luật Hộ tịch số 60/2014/QH13 (Điều 22, 23); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã đã đăng ký giám hộ',
 'Người yêu cầu chấm dứt giám hộ (người giám hộ, người được giám hộ hoặc người thân thích)',
 'Mã và tên: bộ ca kiểm thử công khai dùng mã theo CSDL quốc gia ("đăng ký chấm dứt giám hộ" = 1.004845); thời hạn: Luật Hộ tịch 2014 Điều 23 (02 ngày làm việc).',
 'Mã chưa đối chiếu trực tiếp với CSDL quốc gia; thời hạn và thành phần hồ sơ theo hiểu biết văn bản luật; lệ phí (miễn hay thu) tùy nghị quyết HĐND tỉnh.'),

('1.004859', 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch; ghi chú vào Sổ hộ tịch và bản chính giấy tờ hộ tịch',
 'Bộ luật Dân sự 2015 (Điều 26–28); Luật Hộ tịch số 60/2014/QH13 (Điều 26–29); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú',
 'Cá nhân có yêu cầu; cha, mẹ hoặc người giám hộ đối với người chưa thành niên, người mất năng lực hành vi dân sự',
 'Mã và tên: [HP-2026]; thời hạn: Luật Hộ tịch 2014 Điều 28 (03 ngày làm việc, xác minh thêm không quá 03 ngày làm việc).',
 'Phạm vi cấp xã (thay đổi họ, chữ đệm, tên cho người dưới 14 tuổi; cải chính; bổ sung) và mở rộng từ 01/7/2025 theo Nghị định 120/2025/NĐ-CP chưa đối chiếu; thời hạn và thành phần hồ sơ theo hiểu biết văn bản luật; lệ phí tùy nghị quyết HĐND tỉnh.'),

('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp)',
 'Luật Hộ tịch số 60/2014/QH13; Nghị định 123/2015/NĐ-CP (Điều 21–23); Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi thường trú (hoặc tạm trú); trực tuyến qua Cổng Dịch vụ công quốc gia/VNeID',
 'Công dân Việt Nam cư trú trong nước có yêu cầu xác nhận tình trạng hôn nhân',
 'Mã và tên: [HP-2026]; thời hạn: Nghị định 123/2015/NĐ-CP Điều 22 (03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ).',
 'Thời hạn xác minh khi người yêu cầu từng cư trú nhiều nơi chưa đối chiếu; thời hạn hiệu lực 06 tháng theo Nghị định 123/2015/NĐ-CP Điều 23 chưa đối chiếu; mức toàn trình chưa đối chiếu; lệ phí tùy nghị quyết HĐND tỉnh.'),

('1.004884', 'Thủ tục đăng ký lại khai sinh',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Giấy khai sinh (ghi "Đăng ký lại")',
 'Luật Hộ tịch số 60/2014/QH13; Nghị định 123/2015/NĐ-CP (Chương III, Mục 1 – đăng ký lại khai sinh); Thông tư 04/2020/TT-BTP; Nghị định 07/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi người yêu cầu thường trú',
 'Người đã đăng ký khai sinh trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất',
 'Mã và tên: [HP-2026]; thời hạn 05 ngày làm việc: Nghị định 123/2015/NĐ-CP (đăng ký lại khai sinh).',
 'Căn cứ chính là Nghị định 123/2015/NĐ-CP (số điều chưa đối chiếu); thời hạn 05 ngày làm việc và thời hạn xác minh ở nơi khác theo hiểu biết văn bản, chưa đối chiếu; thành phần hồ sơ chưa đối chiếu bản ghi.'),

('1.004746', 'Thủ tục đăng ký lại kết hôn',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Giấy chứng nhận kết hôn (ghi "Đăng ký lại")',
 'Luật Hộ tịch số 60/2014/QH13; Nghị định 123/2015/NĐ-CP (Chương III, Mục 1 – đăng ký lại kết hôn); Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký kết hôn trước đây hoặc nơi thường trú của vợ hoặc chồng',
 'Vợ, chồng đã đăng ký kết hôn trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy chứng nhận kết hôn đều bị mất',
 'Mã: bộ ca kiểm thử công khai dùng mã CSDL quốc gia (nhóm "đăng ký lại": 1.004884, 1.005461, 1.004746 – kết hôn là 1.004746); thời hạn 05 ngày làm việc: Nghị định 123/2015/NĐ-CP.',
 'Mã chưa đối chiếu trực tiếp với CSDL quốc gia; thời hạn và thành phần hồ sơ theo hiểu biết văn bản, chưa đối chiếu bản ghi.'),

('1.005461', 'Thủ tục đăng ký lại khai tử',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Trích lục khai tử (đăng ký lại)',
 'Luật Hộ tịch số 60/2014/QH13; Nghị định 123/2015/NĐ-CP (Chương III, Mục 1 – đăng ký lại khai tử); Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đã đăng ký khai tử trước đây',
 'Người thân thích hoặc người có yêu cầu khi việc khai tử đã đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ đều bị mất',
 'Mã và tên: [HP-2026]; thời hạn 05 ngày làm việc: Nghị định 123/2015/NĐ-CP.',
 'Thời hạn và thành phần hồ sơ theo hiểu biết văn bản, chưa đối chiếu bản ghi quốc gia.'),

('2.000635', 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'FULL', '15:00', 'RESTART',
 'Bản sao Trích lục hộ tịch hoặc bản sao Giấy khai sinh (bản giấy hoặc bản điện tử)',
 'Luật Hộ tịch số 60/2014/QH13 (Điều 63, 64); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 281/2016/TT-BTC (phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu hộ tịch)',
 'Cơ quan đang quản lý Cơ sở dữ liệu hộ tịch: Trung tâm Phục vụ hành chính công cấp xã (thủ tục dùng chung cấp tỉnh, cấp xã); trực tuyến qua Cổng Dịch vụ công quốc gia; bưu chính công ích',
 'Cá nhân không phụ thuộc nơi cư trú; cơ quan, tổ chức có yêu cầu cấp bản sao trích lục hộ tịch của người khác (có văn bản đề nghị nêu rõ lý do)',
 'Mã và tên: [HP-2026] (tên theo danh mục sửa đổi của Sở Tư pháp Hải Phòng 02/2026); thời hạn: [HP-TIME] – quy trình nội bộ Sở Tư pháp Hải Phòng (QĐ 223/QĐ-STP ngày 27/8/2025): "ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ mà không giải quyết được ngay thì trả trong ngày làm việc tiếp theo".',
 'Mức phí 8.000 đồng/bản theo Thông tư 281/2016/TT-BTC chưa đối chiếu văn bản; mức toàn trình chưa đối chiếu; thành phần hồ sơ theo hiểu biết văn bản.'),

('2.000528', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', '15:00', 'RESTART',
 'Giấy khai sinh',
 'Luật Quốc tịch Việt Nam 2008; Luật Hộ tịch số 60/2014/QH13 (Điều 35, 36); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP, sửa đổi bởi Thông tư 04/2024/TT-BTP; Nghị định 120/2025/NĐ-CP (chuyển thẩm quyền từ UBND cấp huyện về UBND cấp xã từ 01/7/2025); Thông tư 85/2019/TT-BTC',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện (Phòng Tư pháp giải quyết); từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; trực tuyến một phần',
 'Cha, mẹ hoặc người có trách nhiệm đăng ký khai sinh cho trẻ em có yếu tố nước ngoài (cha hoặc mẹ là người nước ngoài, trẻ sinh ra ở nước ngoài chưa đăng ký khai sinh...)',
 'Mã và tên: [HP-2026] (danh mục cấp xã 04/2026); bộ ca kiểm thử công khai ("khai sinh có yếu tố nước ngoài" = 2.000528); thời hạn: Luật Hộ tịch 2014 Điều 36 (ngay sau khi nhận đủ giấy tờ).',
 'Quy tắc 15 giờ suy từ bản ghi khai sinh trong nước, chưa đối chiếu bản ghi 2.000528; thời điểm chuyển cấp (01/7/2025) theo DOMAIN.md §1.2, chưa đối chiếu điều khoản Nghị định 120/2025/NĐ-CP; thành phần hồ sơ theo hiểu biết văn bản; lệ phí tùy nghị quyết HĐND tỉnh.'),

('2.000806', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
 (select id from procedure_field where code = 'HO_TICH'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Giấy chứng nhận kết hôn',
 'Luật Hôn nhân và gia đình số 52/2014/QH13; Luật Hộ tịch số 60/2014/QH13 (Điều 37, 38); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP; Nghị định 120/2025/NĐ-CP; Thông tư 85/2019/TT-BTC',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện (Phòng Tư pháp); từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; hai bên phải có mặt khi trao Giấy chứng nhận kết hôn',
 'Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú trong nước kết hôn với công dân Việt Nam định cư ở nước ngoài; người nước ngoài cư trú tại Việt Nam kết hôn với nhau',
 'Mã: bộ ca kiểm thử công khai dùng mã CSDL quốc gia ("Đăng ký kết hôn có yếu tố nước ngoài" = 2.000806) và danh mục mã đang hoạt động trên Cổng DVCQG được nêu trong một dự án công khai; thời hạn: Luật Hộ tịch 2014 Điều 38 (15 ngày kể từ ngày nhận đủ giấy tờ).',
 'Mã chưa đối chiếu trực tiếp với CSDL quốc gia; đơn vị của thời hạn 15 ngày (ngày làm việc hay ngày) chưa đối chiếu – lưu là ngày làm việc; thành phần hồ sơ theo hiểu biết văn bản; lệ phí tùy nghị quyết HĐND tỉnh.'),

-- ===== NUÔI CON NUÔI ===========================================================================================
('2.001263', 'Đăng ký việc nuôi con nuôi trong nước',
 (select id from procedure_field where code = 'NUOI_CON_NUOI'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Giấy chứng nhận nuôi con nuôi; ghi vào Sổ đăng ký nuôi con nuôi',
 'Luật Nuôi con nuôi số 52/2010/QH12 (Điều 17–22); Nghị định 19/2011/NĐ-CP, sửa đổi bởi Nghị định 24/2019/NĐ-CP; Nghị định 114/2016/NĐ-CP (lệ phí đăng ký nuôi con nuôi)',
 'Trung tâm Phục vụ hành chính công cấp xã nơi thường trú của người được giới thiệu làm con nuôi hoặc của người nhận con nuôi; các bên phải có mặt khi đăng ký',
 'Người nhận con nuôi là công dân Việt Nam thường trú ở trong nước',
 'Mã và tên: bộ ca kiểm thử công khai dùng mã CSDL quốc gia ("Đăng ký việc nuôi con nuôi trong nước" = 2.001263); thời hạn và hồ sơ: Luật Nuôi con nuôi 2010 Điều 17, 18 (30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ); lệ phí: Nghị định 114/2016/NĐ-CP.',
 'Mã chưa đối chiếu trực tiếp với CSDL quốc gia; thời hạn 30 ngày là giai đoạn UBND cấp xã lấy ý kiến và kiểm tra (Điều 18), thời hạn đăng ký sau khi có ý kiến đồng ý chưa được tính; mức lệ phí 400.000 đồng và các trường hợp miễn theo Nghị định 114/2016/NĐ-CP chưa đối chiếu văn bản; thành phần hồ sơ theo hiểu biết văn bản luật.'),

-- ===== CHỨNG THỰC ==============================================================================================
('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'PARTIAL', '15:00', 'RESTART',
 'Bản sao được chứng thực từ bản chính',
 'Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP (sửa đổi, bổ sung Nghị định 23/2015/NĐ-CP); Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC (phí chứng thực); Thông tư 257/2016/TT-BTC (phí tại tổ chức hành nghề công chứng); Thông tư 264/2016/TT-BTC (phí tại cơ quan đại diện)',
 'Trung tâm Phục vụ hành chính công cấp xã (trước 01/7/2025: Bộ phận một cửa UBND cấp xã; giấy tờ do nước ngoài cấp tại Phòng Tư pháp cấp huyện); tổ chức hành nghề công chứng; cơ quan đại diện Việt Nam ở nước ngoài',
 'Công dân Việt Nam; người Việt Nam định cư ở nước ngoài; tổ chức (không bao gồm doanh nghiệp, hợp tác xã)',
 '[DVCQG-0815]: tên, cơ quan thực hiện, đối tượng, kết quả, thành phần hồ sơ, mức phí (2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản), căn cứ pháp lý, quyết định công bố 3152/QĐ-BTP; thời hạn: [HP-TIME] ("ngay trong ngày tiếp nhận hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ") và bản ghi tỉnh Lào Cai; Nghị định 23/2015/NĐ-CP Điều 7.',
 'Mức trực tuyến một phần (chứng thực bản sao điện tử) chưa đối chiếu; việc Phòng Tư pháp cấp huyện chứng thực bản sao giấy tờ nước ngoài trước 01/7/2025 theo hiểu biết Nghị định 23/2015/NĐ-CP Điều 5, chưa đối chiếu.'),

('2.000884', 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', '15:00', 'RESTART',
 'Giấy tờ, văn bản đã được chứng thực chữ ký (hoặc điểm chỉ)',
 'Nghị định 23/2015/NĐ-CP (Điều 23–25); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã (trước 01/7/2025: Bộ phận một cửa UBND cấp xã; giấy tờ bằng tiếng nước ngoài tại Phòng Tư pháp cấp huyện); tổ chức hành nghề công chứng; người yêu cầu phải ký trước mặt người thực hiện chứng thực',
 'Cá nhân có yêu cầu chứng thực chữ ký',
 'Mã và tên: [HP-2026] và bảng tên mã TTHC Hải Phòng trong kho hongdienvbhp/BangNiemYetVinhBao; thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("ngay trong ngày … hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ").',
 'Mức phí 10.000 đồng/trường hợp theo Thông tư 226/2016/TT-BTC chưa đối chiếu văn bản (khớp với một nguồn thứ cấp của phường Chánh Hiệp); phân cấp huyện trước 01/7/2025 theo hiểu biết văn bản.'),

('2.000908', 'Cấp bản sao từ sổ gốc',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'PARTIAL', '15:00', 'RESTART',
 'Bản sao được cấp từ sổ gốc',
 'Nghị định 23/2015/NĐ-CP (Điều 16–17); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP',
 'Cơ quan, tổ chức đang quản lý sổ gốc (UBND cấp xã đối với sổ gốc do xã lập/lưu); trực tiếp, bưu chính, trực tuyến',
 'Người được cấp bản chính; cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế hoặc người đại diện hợp pháp của người được cấp bản chính',
 'Thời hạn và cách thức: [LC-26455] ("ngay trong ngày … hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ", "Phí hoặc lệ phí: Không", kết quả "Bản sao được cấp từ sổ gốc"); mã và tên: danh mục TTHC Hải Phòng (QĐ 467/QĐ-UBND, QĐ 1353/QĐ-UBND) theo tổng hợp trong kho hongdienvbhp/BangNiemYetVinhBao.',
 'Phí: bản ghi Lào Cai ghi "Không", nhưng phí cấp bản sao theo pháp luật chuyên ngành có thể áp dụng (ví dụ bản sao trích lục hộ tịch) – không nhập phí; thành phần hồ sơ theo hiểu biết Nghị định 23/2015/NĐ-CP Điều 16; mức trực tuyến chưa đối chiếu.'),

('2.001035', 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Hợp đồng, giao dịch được chứng thực',
 'Bộ luật Dân sự 2015; Luật Đất đai 2024; Luật Nhà ở 2023; Nghị định 23/2015/NĐ-CP (Chương V); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã (UBND cấp xã nơi có bất động sản đối với giao dịch về quyền sử dụng đất, nhà ở); các bên ký trước mặt người thực hiện chứng thực',
 'Cá nhân, tổ chức là các bên tham gia hợp đồng, giao dịch',
 'Mã và tên: danh mục TTHC Hải Phòng (bảng tên mã; tên mới sau Nghị định 280/2025/NĐ-CP dùng "giao dịch"); thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ; có thể kéo dài theo thỏa thuận bằng văn bản").',
 'Mức phí 50.000 đồng/hợp đồng, giao dịch theo Thông tư 226/2016/TT-BTC chưa đối chiếu văn bản; thành phần hồ sơ theo hiểu biết Nghị định 23/2015/NĐ-CP Điều 36, chưa đối chiếu bản ghi.'),

('2.001019', 'Chứng thực di chúc',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Di chúc được chứng thực',
 'Bộ luật Dân sự 2015 (Điều 630, 635, 636); Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã; người lập di chúc phải tự mình yêu cầu chứng thực, không ủy quyền',
 'Người lập di chúc',
 'Mã và tên: danh mục TTHC Hải Phòng (QĐ 1353/QĐ-UBND) theo tổng hợp trong kho hongdienvbhp/BangNiemYetVinhBao; mức phí "50.000 đồng/di chúc" gắn với Nghị định 280/2025/NĐ-CP thấy trong dữ liệu kiểm thử của cùng dự án; thời hạn: Nghị định 23/2015/NĐ-CP Điều 7 (không quá 02 ngày làm việc).',
 'Thời hạn 02 ngày làm việc theo hiểu biết Nghị định 23/2015/NĐ-CP Điều 7, chưa đối chiếu bản ghi 2.001019; thành phần hồ sơ theo hiểu biết văn bản; phí chưa đối chiếu văn bản gốc.'),

('2.001016', 'Thủ tục chứng thực văn bản từ chối nhận di sản',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Văn bản từ chối nhận di sản được chứng thực',
 'Bộ luật Dân sự 2015 (Điều 620); Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã; người từ chối ký trước mặt người thực hiện chứng thực',
 'Người thừa kế từ chối nhận di sản',
 'Mã và tên: [HP-2026]; thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ; có thể kéo dài theo thỏa thuận bằng văn bản").',
 'Mức phí 50.000 đồng theo Thông tư 226/2016/TT-BTC chưa đối chiếu văn bản; thành phần hồ sơ theo hiểu biết văn bản và một nguồn thứ cấp (phường Chánh Hiệp).'),

('2.001406', 'Thủ tục chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Văn bản thỏa thuận phân chia di sản được chứng thực',
 'Bộ luật Dân sự 2015 (Phần thứ tư – Thừa kế); Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã (UBND cấp xã nơi có bất động sản đối với di sản là quyền sử dụng đất, nhà ở)',
 'Những người thừa kế theo pháp luật hoặc theo di chúc',
 'Mã và tên: [HP-2026]; thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ; có thể kéo dài theo thỏa thuận bằng văn bản").',
 'Việc niêm yết trước khi chứng thực (nếu pháp luật yêu cầu) và cách tính vào thời hạn chưa đối chiếu; mức phí 50.000 đồng theo Thông tư 226/2016/TT-BTC chưa đối chiếu văn bản; thành phần hồ sơ theo hiểu biết văn bản. Thủ tục "chứng thực văn bản khai nhận di sản" (2.001009) không nhập vì danh mục Hải Phòng 01/2026 ghi đã bãi bỏ.'),

('2.000913', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', null, 'RESTART',
 'Văn bản sửa đổi, bổ sung, hủy bỏ giao dịch được chứng thực',
 'Bộ luật Dân sự 2015; Nghị định 23/2015/NĐ-CP (Điều 38); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã đã chứng thực giao dịch',
 'Các bên đã tham gia giao dịch được chứng thực',
 'Mã và tên: [HP-2026]; thời hạn: Nghị định 23/2015/NĐ-CP Điều 7 (không quá 02 ngày làm việc đối với hợp đồng, giao dịch).',
 'MÂU THUẪN: bảng [HP-TIME] ghi cho mã 2.000913 thời hạn "ngay trong ngày … sau 15 giờ" – nhập 02 ngày làm việc theo Nghị định 23/2015/NĐ-CP, cần đối chiếu bản ghi quốc gia; mức phí 30.000 đồng/hợp đồng theo Thông tư 226/2016/TT-BTC chưa đối chiếu văn bản; số điều Nghị định 23/2015 chưa đối chiếu.'),

('2.000942', 'Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'PARTIAL', '15:00', 'RESTART',
 'Bản sao có chứng thực từ bản chính hợp đồng, giao dịch',
 'Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trung tâm Phục vụ hành chính công cấp xã đang lưu bản chính hợp đồng, giao dịch',
 'Các bên tham gia hợp đồng, giao dịch; người có quyền, nghĩa vụ liên quan',
 'Mã và tên: bảng tên mã TTHC Hải Phòng trong kho hongdienvbhp/BangNiemYetVinhBao; thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("trong ngày … hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ").',
 'Mức phí (áp như chứng thực bản sao: 2.000 đồng/trang, từ trang thứ 3 1.000 đồng/trang, tối đa 200.000 đồng/bản) chưa đối chiếu Thông tư 226/2016/TT-BTC; thành phần hồ sơ theo hiểu biết văn bản; mức trực tuyến chưa đối chiếu.'),

('2.000992', 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã, tổ chức hành nghề công chứng',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', '15:00', 'RESTART',
 'Bản dịch đã được chứng thực chữ ký người dịch',
 'Nghị định 23/2015/NĐ-CP (Điều 27–31); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trước 01/7/2025: Phòng Tư pháp cấp huyện (qua Bộ phận một cửa cấp huyện); từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; tổ chức hành nghề công chứng',
 'Người dịch là cộng tác viên dịch thuật',
 'Mã và tên: bảng tên mã TTHC Hải Phòng trong kho hongdienvbhp/BangNiemYetVinhBao; thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("trong ngày … hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; có thể kéo dài theo thỏa thuận bằng văn bản").',
 'Việc chuyển thẩm quyền từ cấp huyện về cấp xã từ 01/7/2025 theo hiểu biết, chưa đối chiếu Nghị định 120/2025/NĐ-CP; mức phí 10.000 đồng/trường hợp chưa đối chiếu Thông tư 226/2016/TT-BTC.'),

('2.001008', 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
 (select id from procedure_field where code = 'CHUNG_THUC'), 'COMMUNE', 'NONE', '15:00', 'RESTART',
 'Bản dịch đã được chứng thực chữ ký người dịch',
 'Nghị định 23/2015/NĐ-CP (Điều 27, 30, 31); Nghị định 07/2025/NĐ-CP; Nghị định 280/2025/NĐ-CP; Nghị định 120/2025/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC',
 'Trước 01/7/2025: Phòng Tư pháp cấp huyện; từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; tổ chức hành nghề công chứng',
 'Người dịch có bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc bằng tốt nghiệp đại học trở lên đối với chuyên ngành học bằng tiếng nước ngoài đó',
 'Mã: bộ ca kiểm thử công khai dùng mã CSDL quốc gia ("chứng thực chữ ký của người dịch khi người dịch không phải cộng tác viên" = 2.001008) và danh mục chứng thực Hải Phòng (QĐ 1353/QĐ-UBND, thủ tục dùng chung có cấp xã); thời hạn: Nghị định 23/2015/NĐ-CP Điều 7.',
 'Tên thủ tục viết theo nội dung, chưa đối chiếu đúng tên trong CSDL quốc gia; thời hạn trong ngày và quy tắc 15 giờ suy từ thủ tục 2.000992, chưa đối chiếu bản ghi; mức phí 10.000 đồng chưa đối chiếu Thông tư 226/2016/TT-BTC.'),

-- ===== BẢO TRỢ XÃ HỘI ==========================================================================================
('1.001776', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
 (select id from procedure_field where code = 'BAO_TRO_XA_HOI'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Quyết định trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng (hoặc quyết định điều chỉnh, thôi hưởng)',
 'Luật Người cao tuổi số 39/2009/QH12; Luật Người khuyết tật số 51/2010/QH12; Luật Trẻ em số 102/2016/QH13; Nghị định 20/2021/NĐ-CP (Điều 7, 8 – hồ sơ, thủ tục); Nghị định 76/2024/NĐ-CP (sửa đổi Nghị định 20/2021/NĐ-CP); Thông tư 02/2021/TT-BLĐTBXH',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đối tượng cư trú (trước 01/7/2025: UBND cấp xã tiếp nhận, Chủ tịch UBND cấp huyện quyết định); trực tuyến một phần qua Cổng Dịch vụ công quốc gia',
 'Đối tượng bảo trợ xã hội theo Điều 5 Nghị định 20/2021/NĐ-CP hoặc người giám hộ; hộ gia đình, cá nhân nhận chăm sóc, nuôi dưỡng đối tượng',
 'Mã, tên và trạng thái cấp xã: [HP-2026] (danh mục TTHC chuẩn hóa ngành Y tế Hải Phòng, QĐ 2874/QĐ-UBND ngày 16/7/2025); căn cứ: Nghị định 20/2021/NĐ-CP.',
 'Thời hạn giải quyết CHƯA XÁC ĐỊNH (legal_value để trống): giá trị áp dụng 20 ngày làm việc là TẠM TÍNH từ các bước cấp xã – cấp huyện của Nghị định 20/2021/NĐ-CP Điều 8 theo trí nhớ, phải thay bằng thời hạn trong quyết định công bố của tỉnh; sau 01/7/2025 thẩm quyền quyết định ở cấp xã và lĩnh vực chuyển sang Bộ Y tế – văn bản phân định thẩm quyền chưa đối chiếu; thành phần hồ sơ theo hiểu biết văn bản.'),

('1.001731', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
 (select id from procedure_field where code = 'BAO_TRO_XA_HOI'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Quyết định hỗ trợ chi phí mai táng',
 'Nghị định 20/2021/NĐ-CP (Điều 11); Nghị định 76/2024/NĐ-CP; Thông tư 02/2021/TT-BLĐTBXH',
 'Trung tâm Phục vụ hành chính công cấp xã nơi đối tượng cư trú hoặc nơi tổ chức mai táng',
 'Cơ quan, tổ chức, hộ gia đình hoặc cá nhân tổ chức mai táng cho đối tượng bảo trợ xã hội',
 'Mã, tên và trạng thái cấp xã: [HP-2026] (QĐ 2874/QĐ-UBND ngày 16/7/2025 của Hải Phòng); danh mục Đăk Pxi (Kon Tum) cùng tên.',
 'Thời hạn giải quyết CHƯA XÁC ĐỊNH (legal_value để trống): giá trị áp dụng 08 ngày làm việc là TẠM TÍNH, phải thay bằng thời hạn trong quyết định công bố của tỉnh; thành phần hồ sơ và điều khoản Nghị định 20/2021/NĐ-CP theo hiểu biết, chưa đối chiếu.'),

('1.001699', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
 (select id from procedure_field where code = 'BAO_TRO_XA_HOI'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Giấy xác nhận khuyết tật',
 'Luật Người khuyết tật số 51/2010/QH12 (Điều 15–19); Nghị định 28/2012/NĐ-CP; Thông tư 01/2019/TT-BLĐTBXH (xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện)',
 'Trung tâm Phục vụ hành chính công cấp xã nơi người khuyết tật cư trú',
 'Người khuyết tật hoặc người đại diện hợp pháp',
 'Mã, tên và trạng thái cấp xã: [HP-2026] (QĐ 2874/QĐ-UBND ngày 16/7/2025 của Hải Phòng).',
 'Thời hạn giải quyết CHƯA XÁC ĐỊNH (legal_value để trống): giá trị áp dụng 25 ngày làm việc là TẠM TÍNH (20 ngày triệu tập Hội đồng và đánh giá + 05 ngày cấp giấy, theo trí nhớ Thông tư 01/2019/TT-BLĐTBXH), chưa đối chiếu; thành phần hồ sơ theo hiểu biết văn bản.'),

('1.001653', 'Đổi, cấp lại Giấy xác nhận khuyết tật',
 (select id from procedure_field where code = 'BAO_TRO_XA_HOI'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Giấy xác nhận khuyết tật (đổi hoặc cấp lại)',
 'Luật Người khuyết tật số 51/2010/QH12; Nghị định 28/2012/NĐ-CP; Thông tư 01/2019/TT-BLĐTBXH',
 'Trung tâm Phục vụ hành chính công cấp xã nơi người khuyết tật cư trú',
 'Người khuyết tật hoặc người đại diện hợp pháp',
 'Mã và tên: bộ ca kiểm thử công khai dùng mã CSDL quốc gia ("đổi cấp lại giấy xác nhận khuyết tật" = 1.001653).',
 'Mã chưa đối chiếu trực tiếp với CSDL quốc gia; thời hạn giải quyết CHƯA XÁC ĐỊNH (legal_value để trống): giá trị áp dụng 05 ngày làm việc là TẠM TÍNH; thành phần hồ sơ theo hiểu biết văn bản.'),

-- ===== NGƯỜI CÓ CÔNG ===========================================================================================
('1.010803', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
 (select id from procedure_field where code = 'NGUOI_CO_CONG'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Quyết định trợ cấp thờ cúng liệt sĩ (Mẫu số 55 Phụ lục I Nghị định 131/2021/NĐ-CP)',
 'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định 131/2021/NĐ-CP (Điều 28); Nghị định 129/2025/NĐ-CP (phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ)',
 'Trung tâm Phục vụ hành chính công cấp xã nơi thường trú của người thờ cúng (UBND cấp xã kiểm tra, xác nhận, chuyển hồ sơ; cơ quan cấp tỉnh ra quyết định)',
 'Người được ủy quyền thờ cúng liệt sĩ, giữ Bằng "Tổ quốc ghi công" (khoản 6 Điều 28 Nghị định 131/2021/NĐ-CP)',
 'Mã, tên và trạng thái cấp xã: [HP-2026] (danh mục TTHC lĩnh vực Người có công, 11/2025); trình tự, thời hạn, thành phần hồ sơ, kết quả: [CP-NCC] (xã 03 ngày làm việc + Phòng LĐ-TB&XH 05 ngày làm việc + Sở LĐ-TB&XH 10 ngày = 18 ngày).',
 'Thời hạn 18 ngày theo quy trình 3 cấp trước 01/7/2025; sau khi bỏ cấp huyện (Nghị định 129/2025/NĐ-CP) thời hạn mới chưa đối chiếu; mức trực tuyến chưa đối chiếu; cơ quan cấp tỉnh ra quyết định sau 03/2025 (Sở Nội vụ) chưa đối chiếu.'),

('1.010833', 'Cấp giấy xác nhận thân nhân của người có công',
 (select id from procedure_field where code = 'NGUOI_CO_CONG'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Giấy xác nhận thân nhân của người có công (Mẫu số 45 Phụ lục I Nghị định 131/2021/NĐ-CP)',
 'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định 131/2021/NĐ-CP (Điều 116); Nghị định 104/2022/NĐ-CP; Nghị định 129/2025/NĐ-CP',
 'Trung tâm Phục vụ hành chính công cấp xã nơi thường trú (trước 01/7/2025: Bộ phận Tiếp nhận và Trả kết quả UBND cấp xã); trực tiếp, bưu chính, trực tuyến một phần',
 'Người có công hoặc thân nhân người có công',
 'Mã, tên, thời hạn (05 ngày làm việc kể từ ngày tiếp nhận đủ giấy tờ), mức trực tuyến một phần, lệ phí "Không", thành phần hồ sơ, kết quả, căn cứ pháp lý: [DL-1010833] (ký hiệu 1.010833.000.00.00.H15); trạng thái cấp xã: [HP-2026].',
 'Nghị định 129/2025/NĐ-CP thêm vào căn cứ theo phạm vi của nghị định (lĩnh vực Bộ Nội vụ), chưa đối chiếu điều khoản cụ thể.'),

('1.010824', 'Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần',
 (select id from procedure_field where code = 'NGUOI_CO_CONG'), 'COMMUNE', 'PARTIAL', null, 'PAUSE',
 'Quyết định trợ cấp mai táng, trợ cấp một lần (và trợ cấp tuất hằng tháng nếu đủ điều kiện)',
 'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định 131/2021/NĐ-CP (Điều 121–123); Nghị định 129/2025/NĐ-CP',
 'Trung tâm Phục vụ hành chính công cấp xã nơi quản lý hồ sơ người có công (UBND cấp xã xác nhận bản khai, lập danh sách chuyển cơ quan cấp tỉnh)',
 'Đại diện thân nhân hoặc người tổ chức mai táng người có công',
 'Mã, tên và trạng thái cấp xã: [HP-2026] (danh mục TTHC lĩnh vực Người có công, 11/2025); trình tự cấp xã 05 ngày làm việc và cấp huyện 07 ngày làm việc: bản ghi TTHC tỉnh Thừa Thiên Huế (theo Nghị định 131/2021/NĐ-CP); thành phần hồ sơ (bản khai Mẫu số 12, bản sao chứng thực giấy báo tử/trích lục khai tử): cùng bản ghi.',
 'Thời hạn giải quyết CHƯA XÁC ĐỊNH (legal_value để trống): giá trị áp dụng 22 ngày làm việc là TẠM TÍNH (05 cấp xã + 07 cấp huyện đã thấy trong bản ghi Huế + 10 cấp tỉnh chưa đối chiếu); sau 01/7/2025 không còn bước cấp huyện; mức trực tuyến chưa đối chiếu.'),

-- ===== ĐẤT ĐAI =================================================================================================
('1.013978', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
 (select id from procedure_field where code = 'DAT_DAI'), 'COMMUNE', 'PARTIAL', null, 'RESTART',
 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai',
 'Luật Đất đai số 31/2024/QH15 (sửa đổi bởi Luật số 43/2024/QH15); Nghị định 101/2024/NĐ-CP; Nghị định 118/2025/NĐ-CP; Nghị định 151/2025/NĐ-CP (phân định thẩm quyền chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai); nghị quyết HĐND tỉnh về phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận',
 'Trung tâm Phục vụ hành chính công cấp xã; dịch vụ bưu chính; Cổng Dịch vụ công quốc gia (UBND cấp xã kiểm tra, niêm yết, Chủ tịch UBND cấp xã cấp Giấy chứng nhận; Chi nhánh Văn phòng đăng ký đất đai và cơ quan thuế phối hợp)',
 'Hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài đang sử dụng đất',
 '[DN-2228]: tên, mã 1.013978, nơi nộp, thời hạn (17–20 ngày; 27–30 ngày ở vùng khó khăn, hải đảo), thành phần hồ sơ, cơ quan thực hiện, căn cứ pháp lý, ví dụ phí và lệ phí theo Nghị quyết 21/2024/NQ-HĐND và 22/2024/NQ-HĐND tỉnh Đồng Nai; bộ ca kiểm thử công khai ("cấp sổ đỏ lần đầu" → 1.012753, 1.013978).',
 'Đơn vị "ngày làm việc" và mốc hiệu lực 01/7/2025 (ngày Nghị định 151/2025/NĐ-CP áp dụng) chưa đối chiếu văn bản; thời hạn cộng thêm 10 ngày cho xã miền núi, hải đảo, vùng khó khăn chỉ ghi trong note; phí, lệ phí tùy nghị quyết HĐND từng tỉnh; điều kiện "không tính thời gian niêm yết, xác minh, thực hiện nghĩa vụ tài chính" chưa đối chiếu.'),

('1.012812', 'Hòa giải tranh chấp đất đai',
 (select id from procedure_field where code = 'DAT_DAI'), 'COMMUNE', 'NONE', null, 'PAUSE',
 'Biên bản hòa giải thành hoặc hòa giải không thành, có chữ ký của các bên, lưu tại UBND cấp xã',
 'Luật Đất đai số 31/2024/QH15 (Điều 235); Luật số 43/2024/QH15; Nghị định 102/2024/NĐ-CP; Nghị định 118/2025/NĐ-CP',
 'Trung tâm Phục vụ hành chính công cấp xã / UBND cấp xã nơi có đất tranh chấp',
 'Các bên tranh chấp đất đai (cá nhân, hộ gia đình, tổ chức)',
 '[DN-2228]: mã, tên, thời hạn 30 ngày làm việc, miễn phí, lệ phí, thành phần hồ sơ, trình tự (thụ lý trong 03 ngày làm việc), căn cứ pháp lý; [HP-TIME]: thông báo niêm yết TTHC cấp xã lĩnh vực Nông nghiệp và Môi trường của Hải Phòng 07/2025 ghi "30 ngày làm việc"; bộ ca kiểm thử công khai ("hòa giải tranh chấp đất đai" = 1.012812).',
 'Luật Đất đai 2024 ghi "không quá 30 ngày" – đơn vị ngày làm việc lấy theo bản ghi của Đồng Nai và Hải Phòng, chưa đối chiếu điều luật; supplement_policy PAUSE (mặc định) vì chưa đối chiếu cách tính thời hạn.'),

('1.013831', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn',
 (select id from procedure_field where code = 'DAT_DAI'), 'PROVINCE', 'PARTIAL', null, 'RESTART',
 'Giấy chứng nhận mới hoặc xác nhận thay đổi trên Giấy chứng nhận đã cấp; chỉnh lý hồ sơ địa chính',
 'Luật Đất đai số 31/2024/QH15; Nghị định 101/2024/NĐ-CP; Nghị định 118/2025/NĐ-CP; Nghị định 151/2025/NĐ-CP; nghị quyết HĐND tỉnh về phí, lệ phí',
 'Trung tâm Phục vụ hành chính công cấp tỉnh hoặc cấp xã (tiếp nhận phi địa giới); dịch vụ bưu chính; Cổng Dịch vụ công quốc gia; Văn phòng/Chi nhánh Văn phòng đăng ký đất đai giải quyết',
 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất (cá nhân, người Việt Nam định cư ở nước ngoài, tổ chức)',
 '[DN-2228]: mã (1.013831, biến thể tỉnh 1.013831.H19), tên (bản ghi rút gọn bằng "..."), thời hạn (08 ngày cho chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn; 04 ngày cho thuê, cho thuê lại trong dự án hạ tầng), thành phần hồ sơ (Mẫu số 18), căn cứ pháp lý.',
 'Tên đầy đủ trong CSDL quốc gia chưa đối chiếu (bản ghi nguồn bị rút gọn); đơn vị "ngày làm việc" và việc không tính thời gian thực hiện nghĩa vụ tài chính chưa đối chiếu; cấp thực hiện chính (Văn phòng đăng ký đất đai thuộc Sở) ghi PROVINCE, cấp xã chỉ tiếp nhận – chưa đối chiếu phân cấp tại từng tỉnh; phí, lệ phí tùy tỉnh.'),

('1.012786', 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất',
 (select id from procedure_field where code = 'DAT_DAI'), 'PROVINCE', 'PARTIAL', null, 'RESTART',
 'Giấy chứng nhận được cấp lại; quyết định hủy Giấy chứng nhận bị mất',
 'Luật Đất đai số 31/2024/QH15; Luật số 43/2024/QH15; Nghị định 101/2024/NĐ-CP; Nghị định 102/2024/NĐ-CP; Nghị định 118/2025/NĐ-CP; Nghị định 151/2025/NĐ-CP; nghị quyết HĐND tỉnh về phí, lệ phí',
 'Trung tâm Phục vụ hành chính công cấp tỉnh hoặc cấp xã; dịch vụ bưu chính; Cổng Dịch vụ công quốc gia; UBND cấp xã niêm yết thông báo mất Giấy chứng nhận (cá nhân)',
 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất bị mất Giấy chứng nhận',
 '[DN-2228]: mã 1.012786, tên rút gọn "Cấp lại Giấy chứng nhận do bị mất", thời hạn 10 ngày làm việc (không tính 15 ngày niêm yết, đăng tin), thành phần hồ sơ, ví dụ phí thẩm định Đồng Nai, căn cứ pháp lý; danh mục Đăk Pxi (Kon Tum) cùng mã và tên.',
 'Tên đầy đủ trong CSDL quốc gia chưa đối chiếu (nguồn dùng tên rút gọn); cấp thực hiện chính ghi PROVINCE (Văn phòng đăng ký đất đai) – chưa đối chiếu phân cấp tại từng tỉnh; phí, lệ phí tùy tỉnh.'),

-- ===== HỘ KINH DOANH ===========================================================================================
('1.001612', 'Đăng ký thành lập hộ kinh doanh',
 (select id from procedure_field where code = 'HO_KINH_DOANH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Giấy chứng nhận đăng ký hộ kinh doanh',
 'Luật Doanh nghiệp số 59/2020/QH14; Nghị định 01/2021/NĐ-CP về đăng ký doanh nghiệp (Chương VIII – hộ kinh doanh, Điều 87); Thông tư 01/2021/TT-BKHĐT (mẫu văn bản); Thông tư 85/2019/TT-BTC (lệ phí đăng ký hộ kinh doanh do HĐND tỉnh quyết định)',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện (Phòng Tài chính – Kế hoạch); từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã (cơ quan đăng ký kinh doanh cấp xã); trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
 'Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ',
 'Mã, tên, trạng thái cấp xã: [HP-2026] (thông báo niêm yết TTHC Hải Phòng 05/2026); thời hạn: [HP-TIME] – bản ghi Cổng DVCQG ("Trong thời hạn 03 (ba) ngày làm việc kể từ ngày nhận hồ sơ"); thành phần hồ sơ: Nghị định 01/2021/NĐ-CP Điều 87.',
 'Văn bản thay thế Nghị định 01/2021/NĐ-CP từ 07/2025 (theo hiểu biết là Nghị định 168/2025/NĐ-CP) chưa đối chiếu nên không ghi vào căn cứ; mức toàn trình chưa đối chiếu; lệ phí tùy nghị quyết HĐND tỉnh; supplement_policy RESTART suy từ "kể từ ngày nhận được hồ sơ hợp lệ".'),

('2.000720', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
 (select id from procedure_field where code = 'HO_KINH_DOANH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Giấy chứng nhận đăng ký hộ kinh doanh cấp theo nội dung thay đổi',
 'Luật Doanh nghiệp số 59/2020/QH14; Nghị định 01/2021/NĐ-CP (Điều 90); Thông tư 01/2021/TT-BKHĐT; Thông tư 85/2019/TT-BTC',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện; từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã nơi hộ kinh doanh đặt trụ sở; trực tuyến',
 'Hộ kinh doanh',
 'Mã, tên, trạng thái cấp xã: [HP-2026]; thời hạn 03 ngày làm việc: Nghị định 01/2021/NĐ-CP.',
 'Thời hạn và thành phần hồ sơ theo hiểu biết Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi; điều khoản và văn bản thay thế năm 2025 chưa đối chiếu; lệ phí tùy nghị quyết HĐND tỉnh; mức toàn trình chưa đối chiếu.'),

('1.001570', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
 (select id from procedure_field where code = 'HO_KINH_DOANH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn',
 'Luật Doanh nghiệp số 59/2020/QH14; Nghị định 01/2021/NĐ-CP (Điều 91); Thông tư 01/2021/TT-BKHĐT',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện; từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; trực tuyến',
 'Hộ kinh doanh',
 'Mã, tên, trạng thái cấp xã: [HP-2026]; thời hạn 03 ngày làm việc: Nghị định 01/2021/NĐ-CP.',
 'Thời hạn, thành phần hồ sơ, số điều theo hiểu biết Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi; không có phí, lệ phí theo hiểu biết, chưa đối chiếu.'),

('2.000575', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh',
 (select id from procedure_field where code = 'HO_KINH_DOANH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại hoặc cấp đổi)',
 'Luật Doanh nghiệp số 59/2020/QH14; Nghị định 01/2021/NĐ-CP; Thông tư 01/2021/TT-BKHĐT; Thông tư 85/2019/TT-BTC',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện; từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; trực tuyến',
 'Hộ kinh doanh',
 'Mã, tên (gồm cả cấp đổi), trạng thái cấp xã: [HP-2026]; thời hạn 03 ngày làm việc: Nghị định 01/2021/NĐ-CP.',
 'Thời hạn và thành phần hồ sơ theo hiểu biết văn bản, chưa đối chiếu bản ghi; lệ phí tùy nghị quyết HĐND tỉnh.'),

('1.001266', 'Chấm dứt hoạt động hộ kinh doanh',
 (select id from procedure_field where code = 'HO_KINH_DOANH'), 'COMMUNE', 'FULL', null, 'RESTART',
 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh; cập nhật tình trạng pháp lý trong Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
 'Luật Doanh nghiệp số 59/2020/QH14; Luật Quản lý thuế 2019; Nghị định 01/2021/NĐ-CP (Điều 92); Thông tư 01/2021/TT-BKHĐT',
 'Trước 01/7/2025: Bộ phận một cửa UBND cấp huyện; từ 01/7/2025: Trung tâm Phục vụ hành chính công cấp xã; trực tuyến',
 'Hộ kinh doanh',
 'Mã, tên, trạng thái cấp xã: [HP-2026]; thời hạn 03 ngày làm việc và thành phần hồ sơ: Nghị định 01/2021/NĐ-CP Điều 92.',
 'Thời hạn, thành phần hồ sơ, số điều theo hiểu biết Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi; không có phí, lệ phí theo hiểu biết, chưa đối chiếu.');

-- ---------------------------------------------------------------------------------------------------------------
-- Levels (cấp thực hiện). DISTRICT = historic level before the two-level local government of 01/07/2025.
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure_level (procedure_id, level)
select p.id, 'COMMUNE' from procedure p
where p.code in ('1.001193', '1.000894', '1.000656', '1.001022', '1.000689', '1.004837', '1.004845', '1.004859',
                 '1.004873', '1.004884', '1.004746', '1.005461', '2.000635', '2.000528', '2.000806', '2.001263',
                 '2.000815', '2.000884', '2.000908', '2.001035', '2.001019', '2.001016', '2.001406', '2.000913',
                 '2.000942', '2.000992', '2.001008', '1.001776', '1.001731', '1.001699', '1.001653', '1.010803',
                 '1.010833', '1.010824', '1.013978', '1.012812', '1.013831', '1.012786', '1.001612', '2.000720',
                 '1.001570', '2.000575', '1.001266');

insert into procedure_level (procedure_id, level)
select p.id, 'DISTRICT' from procedure p
where p.code in (
    '2.000528', '2.000806',                                     -- hộ tịch có yếu tố nước ngoài: Phòng Tư pháp cấp huyện
    '2.000815', '2.000884', '2.000908', '2.000992', '2.001008', -- chứng thực: Phòng Tư pháp cấp huyện
    '1.001776', '1.001731',                                     -- bảo trợ xã hội: Chủ tịch UBND cấp huyện quyết định
    '1.010803', '1.010824',                                     -- người có công: Phòng LĐ-TB&XH cấp huyện
    '1.001612', '2.000720', '1.001570', '2.000575', '1.001266'  -- hộ kinh doanh: Phòng Tài chính – Kế hoạch
);

insert into procedure_level (procedure_id, level)
select p.id, 'PROVINCE' from procedure p
where p.code in ('2.000635', '1.010803', '1.010824', '1.013831', '1.012786');

-- ---------------------------------------------------------------------------------------------------------------
-- Processing times (thời hạn giải quyết); applied_value = legal_value (no published reduction entered).
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure_processing_time (procedure_id, effective_from, legal_value, applied_value, unit, note)
select p.id, v.effective_from::date, v.legal_value::numeric, v.applied_value::numeric, v.unit, v.note
from (values
    ('1.001193', '2016-01-01', '0', '0', 'WORKING_DAY', 'Ngay trong ngày tiếp nhận hồ sơ; tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo (Luật Hộ tịch Điều 16; bản ghi DVCQG, mục trường hợp ghi 01 ngày làm việc).'),
    ('1.000894', '2016-01-01', '0', '0', 'WORKING_DAY', 'Ngay sau khi nhận đủ giấy tờ; tiếp nhận sau 15 giờ trả trong ngày làm việc tiếp theo. Trường hợp cần xác minh điều kiện kết hôn: không quá 05 ngày làm việc (Luật Hộ tịch Điều 18 khoản 2).'),
    ('1.000656', '2016-01-01', '0', '0', 'WORKING_DAY', 'Ngay sau khi nhận đủ giấy tờ; tiếp nhận sau 15 giờ trả trong ngày làm việc tiếp theo. Trường hợp cần xác minh: không quá 03 ngày làm việc (Luật Hộ tịch Điều 34, chưa đối chiếu).'),
    ('1.001022', '2016-01-01', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận đủ giấy tờ; cần xác minh thì kéo dài không quá 05 ngày làm việc (Luật Hộ tịch Điều 25).'),
    ('1.000689', '2016-01-01', '3', '3', 'WORKING_DAY', 'Theo thời hạn đăng ký nhận cha, mẹ, con: 03 ngày làm việc, xác minh thêm không quá 05 ngày làm việc (chưa đối chiếu bản ghi).'),
    ('1.004837', '2016-01-01', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận đủ giấy tờ (Luật Hộ tịch Điều 20, 21).'),
    ('1.004845', '2016-01-01', '2', '2', 'WORKING_DAY', '02 ngày làm việc kể từ ngày nhận đủ giấy tờ (Luật Hộ tịch Điều 23).'),
    ('1.004859', '2016-01-01', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận đủ giấy tờ; cần xác minh thì kéo dài không quá 03 ngày làm việc (Luật Hộ tịch Điều 28).'),
    ('1.004873', '2016-01-01', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (Nghị định 123/2015/NĐ-CP Điều 22); trường hợp phải xác minh kéo dài theo cùng điều (số ngày chưa đối chiếu).'),
    ('1.004884', '2016-01-01', '5', '5', 'WORKING_DAY', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 123/2015/NĐ-CP); phải xác minh ở nơi khác thì kéo dài (chưa đối chiếu).'),
    ('1.004746', '2016-01-01', '5', '5', 'WORKING_DAY', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 123/2015/NĐ-CP, chưa đối chiếu).'),
    ('1.005461', '2016-01-01', '5', '5', 'WORKING_DAY', '05 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 123/2015/NĐ-CP, chưa đối chiếu).'),
    ('2.000635', '2016-01-01', '0', '0', 'WORKING_DAY', 'Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo (QĐ 223/QĐ-STP Hải Phòng 27/8/2025).'),
    ('2.000528', '2016-01-01', '0', '0', 'WORKING_DAY', 'Ngay sau khi nhận đủ giấy tờ (Luật Hộ tịch Điều 36); quy tắc 15 giờ áp như khai sinh trong nước (chưa đối chiếu). Trước 01/7/2025 do UBND cấp huyện giải quyết.'),
    ('2.000806', '2016-01-01', '15', '15', 'WORKING_DAY', '15 ngày kể từ ngày nhận đủ giấy tờ (Luật Hộ tịch Điều 38 khoản 2); đơn vị ngày làm việc chưa đối chiếu.'),
    ('2.001263', '2011-01-01', '30', '30', 'CALENDAR_DAY', '30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ để UBND cấp xã lấy ý kiến, kiểm tra (Luật Nuôi con nuôi 2010 Điều 18); thời hạn đăng ký sau khi có ý kiến đồng ý chưa tính (chưa đối chiếu).'),
    ('2.000815', '2015-04-10', '0', '0', 'WORKING_DAY', 'Ngay trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; yêu cầu số lượng lớn có thể hẹn lại theo thỏa thuận bằng văn bản (Nghị định 23/2015/NĐ-CP Điều 7).'),
    ('2.000884', '2015-04-10', '0', '0', 'WORKING_DAY', 'Ngay trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ (Nghị định 23/2015/NĐ-CP Điều 7; bản ghi DVCQG).'),
    ('2.000908', '2015-04-10', '0', '0', 'WORKING_DAY', 'Ngay trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; tính từ khi nhận đủ hồ sơ hợp lệ (bản ghi Lào Cai).'),
    ('2.001035', '2015-04-10', '2', '2', 'WORKING_DAY', 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực; có thể kéo dài theo thỏa thuận bằng văn bản (bản ghi DVCQG).'),
    ('2.001019', '2015-04-10', '2', '2', 'WORKING_DAY', 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 23/2015/NĐ-CP Điều 7, chưa đối chiếu bản ghi).'),
    ('2.001016', '2015-04-10', '2', '2', 'WORKING_DAY', 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực; có thể kéo dài theo thỏa thuận bằng văn bản (bản ghi DVCQG).'),
    ('2.001406', '2015-04-10', '2', '2', 'WORKING_DAY', 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực; có thể kéo dài theo thỏa thuận bằng văn bản (bản ghi DVCQG).'),
    ('2.000913', '2015-04-10', '2', '2', 'WORKING_DAY', 'Không quá 02 ngày làm việc (Nghị định 23/2015/NĐ-CP Điều 7). Một bảng Hải Phòng ghi "ngay trong ngày … sau 15 giờ" – cần đối chiếu.'),
    ('2.000942', '2015-04-10', '0', '0', 'WORKING_DAY', 'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ (bản ghi DVCQG).'),
    ('2.000992', '2015-04-10', '0', '0', 'WORKING_DAY', 'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; có thể kéo dài theo thỏa thuận bằng văn bản (bản ghi DVCQG).'),
    ('2.001008', '2015-04-10', '0', '0', 'WORKING_DAY', 'Trong ngày tiếp nhận hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ (Nghị định 23/2015/NĐ-CP Điều 7; chưa đối chiếu bản ghi).'),
    ('1.001776', '2021-07-01', null, '20', 'WORKING_DAY', 'TẠM TÍNH – chưa đối chiếu: tổng các bước cấp xã, cấp huyện theo Nghị định 20/2021/NĐ-CP Điều 8; thay bằng thời hạn trong quyết định công bố của tỉnh.'),
    ('1.001731', '2021-07-01', null, '8', 'WORKING_DAY', 'TẠM TÍNH – chưa đối chiếu (Nghị định 20/2021/NĐ-CP Điều 11); thay bằng thời hạn trong quyết định công bố của tỉnh.'),
    ('1.001699', '2019-01-01', null, '25', 'WORKING_DAY', 'TẠM TÍNH – chưa đối chiếu: 20 ngày làm việc để Hội đồng xác định mức độ khuyết tật đánh giá + 05 ngày làm việc cấp giấy (theo trí nhớ Thông tư 01/2019/TT-BLĐTBXH); mốc hiệu lực chưa đối chiếu.'),
    ('1.001653', '2012-06-01', null, '5', 'WORKING_DAY', 'TẠM TÍNH – chưa đối chiếu (Nghị định 28/2012/NĐ-CP); mốc hiệu lực chưa đối chiếu.'),
    ('1.010803', '2022-02-15', '18', '18', 'WORKING_DAY', 'Xã 03 ngày làm việc + Phòng LĐ-TB&XH 05 ngày làm việc + Sở LĐ-TB&XH 10 ngày (bản ghi Cẩm Phả theo Nghị định 131/2021/NĐ-CP); sau 01/7/2025 không còn bước cấp huyện – thời hạn mới chưa đối chiếu.'),
    ('1.010833', '2022-02-15', '5', '5', 'WORKING_DAY', '05 ngày làm việc kể từ ngày tiếp nhận đủ giấy tờ (Nghị định 131/2021/NĐ-CP Điều 116; bản ghi Đắk Lắk, Bình Định).'),
    ('1.010824', '2022-02-15', null, '22', 'WORKING_DAY', 'TẠM TÍNH – cấp xã 05 + cấp huyện 07 ngày làm việc (bản ghi Thừa Thiên Huế) + cấp tỉnh 10 ngày (chưa đối chiếu); sau 01/7/2025 không còn bước cấp huyện.'),
    ('1.013978', '2025-07-01', '20', '20', 'WORKING_DAY', '17–20 ngày (bản ghi Đồng Nai); xã miền núi, biên giới, hải đảo, vùng kinh tế - xã hội khó khăn: 27–30 ngày. Không tính thời gian niêm yết, xác minh, thực hiện nghĩa vụ tài chính (chưa đối chiếu).'),
    ('1.012812', '2024-08-01', '30', '30', 'WORKING_DAY', '30 ngày làm việc theo bản ghi Đồng Nai và Hải Phòng; UBND cấp xã thông báo thụ lý trong 03 ngày làm việc (Luật Đất đai 2024 Điều 235 ghi "không quá 30 ngày" – đơn vị chưa đối chiếu).'),
    ('1.013831', '2025-07-01', '8', '8', 'WORKING_DAY', '08 ngày cho chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn; 04 ngày cho thuê, cho thuê lại trong dự án hạ tầng; vùng khó khăn kéo dài thêm (bản ghi Đồng Nai).'),
    ('1.012786', '2024-08-01', '10', '10', 'WORKING_DAY', '10 ngày làm việc, không tính 15 ngày niêm yết hoặc đăng tin về việc mất Giấy chứng nhận (bản ghi Đồng Nai).'),
    ('1.001612', '2021-01-04', '3', '3', 'WORKING_DAY', 'Trong thời hạn 03 (ba) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ (bản ghi DVCQG; Nghị định 01/2021/NĐ-CP Điều 87).'),
    ('2.000720', '2021-01-04', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi).'),
    ('1.001570', '2021-01-04', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận thông báo hợp lệ (Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi).'),
    ('2.000575', '2021-01-04', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP, chưa đối chiếu bản ghi).'),
    ('1.001266', '2021-01-04', '3', '3', 'WORKING_DAY', '03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP Điều 92, chưa đối chiếu bản ghi).')
) as v(code, effective_from, legal_value, applied_value, unit, note)
join procedure p on p.code = v.code;

-- ---------------------------------------------------------------------------------------------------------------
-- Required documents (thành phần hồ sơ). Papers only shown at the desk (xuất trình) are marked so in their name.
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure_document (procedure_id, position, name, form, copies, mandatory)
select p.id, v.position, v.name, v.form, v.copies, v.mandatory
from (values
    -- 1.001193 Đăng ký khai sinh (thành phần theo bản ghi DVCQG)
    ('1.001193', 1, 'Tờ khai đăng ký khai sinh theo mẫu (nộp trực tiếp, bưu chính) hoặc mẫu hộ tịch điện tử tương tác đăng ký khai sinh (nộp trực tuyến)', 'ORIGINAL', 1, true),
    ('1.001193', 2, 'Giấy chứng sinh; nếu không có thì văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì giấy cam đoan về việc sinh (không phải nộp bản giấy nếu đã có bản điện tử có ký số)', 'ORIGINAL', 1, true),
    ('1.001193', 3, 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (trường hợp trẻ bị bỏ rơi)', 'ORIGINAL', 1, false),
    ('1.001193', 4, 'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ (trẻ sinh ra do mang thai hộ)', 'ORIGINAL', 1, false),
    ('1.001193', 5, 'Văn bản ủy quyền được chứng thực (khi ủy quyền; không cần chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)', 'ORIGINAL', 1, false),
    ('1.001193', 6, 'Xuất trình: hộ chiếu, thẻ căn cước, căn cước công dân, căn cước điện tử, giấy chứng nhận căn cước hoặc giấy tờ có ảnh còn giá trị sử dụng (có thể thay bằng số định danh cá nhân để tra cứu)', 'ORIGINAL', 1, true),
    -- 1.000894 Đăng ký kết hôn
    ('1.000894', 1, 'Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một Tờ khai)', 'ORIGINAL', 1, true),
    ('1.000894', 2, 'Giấy xác nhận tình trạng hôn nhân do UBND cấp xã nơi cư trú cấp (khi đăng ký kết hôn không tại nơi cư trú của mình và không khai thác được thông tin từ cơ sở dữ liệu)', 'ORIGINAL', 1, false),
    ('1.000894', 3, 'Giấy tờ chứng minh việc chấm dứt hôn nhân trước đó (bản án, quyết định ly hôn có hiệu lực; trích lục khai tử của vợ/chồng) khi chưa có trong cơ sở dữ liệu', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    ('1.000894', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của hai bên nam, nữ', 'ORIGINAL', 1, true),
    -- 1.000656 Đăng ký khai tử
    ('1.000656', 1, 'Tờ khai đăng ký khai tử theo mẫu', 'ORIGINAL', 1, true),
    ('1.000656', 2, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 'ORIGINAL', 1, true),
    ('1.000656', 3, 'Văn bản ủy quyền theo quy định (khi ủy quyền)', 'ORIGINAL', 1, false),
    ('1.000656', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người đi đăng ký khai tử', 'ORIGINAL', 1, true),
    -- 1.001022 Đăng ký nhận cha, mẹ, con
    ('1.001022', 1, 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 'ORIGINAL', 1, true),
    ('1.001022', 2, 'Chứng cứ chứng minh quan hệ cha, mẹ, con: văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ; nếu không có thì thư từ, phim ảnh, băng, đĩa, đồ dùng, vật dụng chứng minh kèm văn bản cam đoan có ít nhất hai người làm chứng', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.001022', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của các bên', 'ORIGINAL', 1, true),
    -- 1.000689 Đăng ký khai sinh kết hợp nhận cha, mẹ, con
    ('1.000689', 1, 'Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', 'ORIGINAL', 1, true),
    ('1.000689', 2, 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 'ORIGINAL', 1, true),
    ('1.000689', 3, 'Chứng cứ chứng minh quan hệ cha, mẹ, con', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.000689', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004837 Đăng ký giám hộ
    ('1.004837', 1, 'Tờ khai đăng ký giám hộ theo mẫu', 'ORIGINAL', 1, true),
    ('1.004837', 2, 'Văn bản cử người giám hộ (giám hộ cử) hoặc giấy tờ chứng minh điều kiện làm giám hộ đương nhiên; nhiều người cùng đủ điều kiện làm giám hộ đương nhiên thì kèm văn bản thỏa thuận cử một người', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.004837', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004845 Đăng ký chấm dứt giám hộ
    ('1.004845', 1, 'Tờ khai đăng ký chấm dứt giám hộ theo mẫu', 'ORIGINAL', 1, true),
    ('1.004845', 2, 'Giấy tờ làm căn cứ chấm dứt việc giám hộ theo Bộ luật Dân sự', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.004845', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004859 Thay đổi, cải chính, bổ sung thông tin hộ tịch
    ('1.004859', 1, 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', 'ORIGINAL', 1, true),
    ('1.004859', 2, 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.004859', 3, 'Văn bản ủy quyền (khi ủy quyền)', 'ORIGINAL', 1, false),
    ('1.004859', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004873 Cấp Giấy xác nhận tình trạng hôn nhân
    ('1.004873', 1, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', 'ORIGINAL', 1, true),
    ('1.004873', 2, 'Giấy tờ chứng minh tình trạng hôn nhân (bản án, quyết định ly hôn có hiệu lực; trích lục khai tử của vợ/chồng) nếu đã từng kết hôn và chưa có trong cơ sở dữ liệu', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    ('1.004873', 3, 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (khi yêu cầu cấp lại để sử dụng vào mục đích khác hoặc do hết thời hạn sử dụng)', 'ORIGINAL', 1, false),
    ('1.004873', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004884 Đăng ký lại khai sinh
    ('1.004884', 1, 'Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh', 'ORIGINAL', 1, true),
    ('1.004884', 2, 'Bản sao Giấy khai sinh (nếu có) hoặc hồ sơ, giấy tờ, tài liệu khác có thông tin liên quan đến nội dung khai sinh', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.004884', 3, 'Văn bản xác nhận của cơ quan, đơn vị quản lý về nội dung khai sinh (đối với cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)', 'ORIGINAL', 1, false),
    ('1.004884', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 1.004746 Đăng ký lại kết hôn
    ('1.004746', 1, 'Tờ khai đăng ký lại kết hôn theo mẫu', 'ORIGINAL', 1, true),
    ('1.004746', 2, 'Bản sao Giấy chứng nhận kết hôn được cấp trước đây; nếu không có thì giấy tờ, tài liệu có thông tin liên quan đến việc đăng ký kết hôn', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    ('1.004746', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của hai bên', 'ORIGINAL', 1, true),
    -- 1.005461 Đăng ký lại khai tử
    ('1.005461', 1, 'Tờ khai đăng ký lại khai tử theo mẫu', 'ORIGINAL', 1, true),
    ('1.005461', 2, 'Bản sao Giấy chứng tử hoặc Trích lục khai tử được cấp hợp lệ trước đây; nếu không có thì giấy tờ, tài liệu có nội dung liên quan đến việc khai tử', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.005461', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 2.000635 Cấp bản sao Trích lục hộ tịch
    ('2.000635', 1, 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu (cá nhân) hoặc văn bản yêu cầu nêu rõ lý do (cơ quan, tổ chức)', 'ORIGINAL', 1, true),
    ('2.000635', 2, 'Văn bản ủy quyền (khi ủy quyền)', 'ORIGINAL', 1, false),
    ('2.000635', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu', 'ORIGINAL', 1, true),
    -- 2.000528 Đăng ký khai sinh có yếu tố nước ngoài
    ('2.000528', 1, 'Tờ khai đăng ký khai sinh theo mẫu', 'ORIGINAL', 1, true),
    ('2.000528', 2, 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 'ORIGINAL', 1, true),
    ('2.000528', 3, 'Văn bản thỏa thuận của cha, mẹ về việc lựa chọn quốc tịch cho con (trẻ có cha hoặc mẹ là công dân Việt Nam, người kia là người nước ngoài)', 'ORIGINAL', 1, false),
    ('2.000528', 4, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người đi đăng ký; giấy tờ chứng minh nơi cư trú', 'ORIGINAL', 1, true),
    -- 2.000806 Đăng ký kết hôn có yếu tố nước ngoài
    ('2.000806', 1, 'Tờ khai đăng ký kết hôn theo mẫu', 'ORIGINAL', 1, true),
    ('2.000806', 2, 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp (hợp pháp hóa lãnh sự, dịch sang tiếng Việt)', 'ORIGINAL', 1, true),
    ('2.000806', 3, 'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi', 'ORIGINAL', 1, true),
    ('2.000806', 4, 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài', 'CERTIFIED_COPY', 1, true),
    ('2.000806', 5, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của công dân Việt Nam', 'ORIGINAL', 1, true),
    -- 2.001263 Đăng ký việc nuôi con nuôi trong nước
    ('2.001263', 1, 'Đơn xin nhận con nuôi theo mẫu', 'ORIGINAL', 1, true),
    ('2.001263', 2, 'Bản sao hộ chiếu, thẻ căn cước hoặc giấy tờ có giá trị thay thế của người nhận con nuôi', 'CERTIFIED_COPY', 1, true),
    ('2.001263', 3, 'Phiếu lý lịch tư pháp của người nhận con nuôi', 'ORIGINAL', 1, true),
    ('2.001263', 4, 'Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi', 'ORIGINAL', 1, true),
    ('2.001263', 5, 'Giấy khám sức khỏe của người nhận con nuôi do cơ quan y tế cấp huyện trở lên cấp', 'ORIGINAL', 1, true),
    ('2.001263', 6, 'Văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế của người nhận con nuôi (không áp dụng khi cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận con nuôi)', 'ORIGINAL', 1, false),
    ('2.001263', 7, 'Hồ sơ của người được giới thiệu làm con nuôi: Giấy khai sinh, Giấy khám sức khỏe, hai ảnh chụp không quá 06 tháng, biên bản hoặc quyết định tiếp nhận (trẻ bị bỏ rơi, trẻ ở cơ sở nuôi dưỡng)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    -- 2.000815 Chứng thực bản sao từ bản chính (bản ghi DVCQG)
    ('2.000815', 1, 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'ORIGINAL', 1, true),
    ('2.000815', 2, 'Bản sao cần chứng thực, có đủ các trang đã ghi thông tin của bản chính (nếu chỉ xuất trình bản chính thì cơ quan chụp từ bản chính, trừ khi không có phương tiện)', 'COPY', 1, false),
    -- 2.000884 Chứng thực chữ ký
    ('2.000884', 1, 'Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký (không ký trước)', 'ORIGINAL', 1, true),
    ('2.000884', 2, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực', 'ORIGINAL', 1, true),
    -- 2.000908 Cấp bản sao từ sổ gốc
    ('2.000908', 1, 'Xuất trình: giấy tờ tùy thân của người yêu cầu (bản chính hoặc bản sao có chứng thực)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('2.000908', 2, 'Giấy tờ chứng minh quan hệ với người được cấp bản chính hoặc văn bản ủy quyền (khi yêu cầu cấp bản sao cho người khác)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 2.001035 Chứng thực giao dịch về động sản, quyền sử dụng đất, nhà ở
    ('2.001035', 1, 'Dự thảo hợp đồng, giao dịch', 'ORIGINAL', 1, true),
    ('2.001035', 2, 'Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001035', 3, 'Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế (đối với tài sản phải đăng ký quyền sở hữu, quyền sử dụng), kèm bản chính để đối chiếu', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001035', 4, 'Văn bản ủy quyền hoặc giấy tờ chứng minh thẩm quyền của người đại diện (nếu có)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 2.001019 Chứng thực di chúc
    ('2.001019', 1, 'Dự thảo di chúc', 'ORIGINAL', 1, true),
    ('2.001019', 2, 'Giấy tờ tùy thân còn giá trị sử dụng của người lập di chúc', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001019', 3, 'Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế (di sản là tài sản phải đăng ký), kèm bản chính để đối chiếu', 'COPY_WITH_ORIGINAL', 1, false),
    -- 2.001016 Chứng thực văn bản từ chối nhận di sản
    ('2.001016', 1, 'Dự thảo văn bản từ chối nhận di sản', 'ORIGINAL', 1, true),
    ('2.001016', 2, 'Giấy tờ tùy thân còn giá trị sử dụng của người từ chối nhận di sản', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001016', 3, 'Giấy tờ chứng minh quan hệ thừa kế; giấy chứng tử hoặc trích lục khai tử của người để lại di sản; giấy tờ về tài sản (nếu có)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 2.001406 Chứng thực văn bản thỏa thuận phân chia di sản
    ('2.001406', 1, 'Dự thảo văn bản thỏa thuận phân chia di sản', 'ORIGINAL', 1, true),
    ('2.001406', 2, 'Giấy tờ tùy thân còn giá trị sử dụng của những người thừa kế', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001406', 3, 'Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế của di sản, kèm bản chính để đối chiếu', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001406', 4, 'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản; giấy chứng tử hoặc trích lục khai tử của người để lại di sản', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('2.001406', 5, 'Di chúc (trường hợp thừa kế theo di chúc)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 2.000913 Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch
    ('2.000913', 1, 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ giao dịch', 'ORIGINAL', 1, true),
    ('2.000913', 2, 'Hợp đồng, giao dịch đã được chứng thực', 'ORIGINAL', 1, true),
    ('2.000913', 3, 'Giấy tờ tùy thân còn giá trị sử dụng của các bên', 'COPY_WITH_ORIGINAL', 1, true),
    -- 2.000942 Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã chứng thực
    ('2.000942', 1, 'Xuất trình: giấy tờ tùy thân của người yêu cầu (bản chính hoặc bản sao có chứng thực)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('2.000942', 2, 'Giấy tờ chứng minh là người có quyền, nghĩa vụ liên quan đến hợp đồng, giao dịch (nếu không phải là bên tham gia)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 2.000992 Chứng thực chữ ký người dịch là cộng tác viên
    ('2.000992', 1, 'Bản dịch đính kèm giấy tờ, văn bản cần dịch', 'ORIGINAL', 1, true),
    ('2.000992', 2, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người dịch', 'ORIGINAL', 1, true),
    -- 2.001008 Chứng thực chữ ký người dịch không phải cộng tác viên
    ('2.001008', 1, 'Bản dịch đính kèm giấy tờ, văn bản cần dịch', 'ORIGINAL', 1, true),
    ('2.001008', 2, 'Bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc bằng tốt nghiệp đại học trở lên đối với chuyên ngành học bằng tiếng nước ngoài đó', 'COPY_WITH_ORIGINAL', 1, true),
    ('2.001008', 3, 'Xuất trình: giấy tờ tùy thân còn giá trị sử dụng của người dịch', 'ORIGINAL', 1, true),
    -- 1.001776 Trợ cấp xã hội hàng tháng
    ('1.001776', 1, 'Tờ khai đề nghị trợ giúp xã hội theo mẫu ban hành kèm Nghị định 20/2021/NĐ-CP (mẫu tương ứng từng đối tượng)', 'ORIGINAL', 1, true),
    ('1.001776', 2, 'Giấy xác nhận khuyết tật (đối với người khuyết tật)', 'COPY_WITH_ORIGINAL', 1, false),
    ('1.001776', 3, 'Giấy tờ chứng minh thuộc đối tượng hưởng hoặc thay đổi điều kiện hưởng (khi chưa khai thác được từ cơ sở dữ liệu)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    -- 1.001731 Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội
    ('1.001731', 1, 'Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu', 'ORIGINAL', 1, true),
    ('1.001731', 2, 'Giấy báo tử hoặc trích lục khai tử của đối tượng', 'ORIGINAL_OR_CERTIFIED_COPY', 1, true),
    ('1.001731', 3, 'Quyết định hưởng trợ cấp xã hội của người đã chết (nếu có)', 'COPY', 1, false),
    -- 1.001699 Xác định mức độ khuyết tật
    ('1.001699', 1, 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu', 'ORIGINAL', 1, true),
    ('1.001699', 2, 'Giấy tờ liên quan đến khuyết tật: bệnh án, giấy tờ khám, điều trị, phẫu thuật; Giấy xác nhận khuyết tật cũ (nếu có)', 'COPY', 1, false),
    ('1.001699', 3, 'Kết luận của Hội đồng Giám định y khoa về khả năng tự phục vụ, mức độ suy giảm khả năng lao động (nếu có)', 'COPY', 1, false),
    -- 1.001653 Đổi, cấp lại Giấy xác nhận khuyết tật
    ('1.001653', 1, 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu', 'ORIGINAL', 1, true),
    ('1.001653', 2, 'Giấy xác nhận khuyết tật đã cấp (trường hợp đổi do hư hỏng hoặc thay đổi thông tin)', 'ORIGINAL', 1, false),
    -- 1.010803 Trợ cấp thờ cúng liệt sĩ (bản ghi Cẩm Phả)
    ('1.010803', 1, 'Đơn đề nghị giải quyết chế độ thờ cúng liệt sĩ theo Mẫu số 18 Phụ lục I Nghị định 131/2021/NĐ-CP', 'ORIGINAL', 1, true),
    ('1.010803', 2, 'Văn bản ủy quyền của những người quy định tại điểm a, b, c khoản 6 Điều 28 Nghị định 131/2021/NĐ-CP', 'ORIGINAL', 1, true),
    ('1.010803', 3, 'Bản sao được chứng thực từ Bằng "Tổ quốc ghi công"', 'CERTIFIED_COPY', 1, true),
    -- 1.010833 Giấy xác nhận thân nhân người có công (bản ghi Đắk Lắk, Bình Định)
    ('1.010833', 1, 'Đơn đề nghị cấp giấy xác nhận thân nhân của người có công', 'ORIGINAL', 1, true),
    ('1.010833', 2, 'Bản sao được chứng thực từ một trong các giấy tờ quy định tại khoản 1 Điều 116 Nghị định 131/2021/NĐ-CP: Giấy chứng nhận người có công hoặc Kỷ niệm chương, Huân chương, Huy chương kháng chiến, Huân chương, Huy chương chiến thắng, Bằng "Tổ quốc ghi công", Bằng "Có công với nước", hoặc giấy tờ do cơ quan có thẩm quyền cấp', 'CERTIFIED_COPY', 1, true),
    -- 1.010824 Trợ cấp khi người có công từ trần (bản ghi Thừa Thiên Huế)
    ('1.010824', 1, 'Bản khai của đại diện thân nhân hoặc người tổ chức mai táng theo Mẫu số 12 Phụ lục I Nghị định 131/2021/NĐ-CP', 'ORIGINAL', 1, true),
    ('1.010824', 2, 'Bản sao được chứng thực từ giấy báo tử hoặc trích lục khai tử', 'CERTIFIED_COPY', 1, true),
    ('1.010824', 3, 'Văn bản ủy quyền của các thân nhân cho người đại diện (nếu có)', 'ORIGINAL', 1, false),
    -- 1.013978 Đăng ký, cấp Giấy chứng nhận lần đầu (bản ghi Đồng Nai)
    ('1.013978', 1, 'Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu', 'ORIGINAL', 1, true),
    ('1.013978', 2, 'Một trong các loại giấy tờ về quyền sử dụng đất (nếu có)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    ('1.013978', 3, 'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ về miễn, giảm nghĩa vụ tài chính (nếu có)', 'ORIGINAL_OR_CERTIFIED_COPY', 1, false),
    ('1.013978', 4, 'Văn bản ủy quyền (nếu có)', 'ORIGINAL', 1, false),
    -- 1.012812 Hòa giải tranh chấp đất đai (bản ghi Đồng Nai)
    ('1.012812', 1, 'Đơn yêu cầu hòa giải tranh chấp đất đai', 'ORIGINAL', 1, true),
    ('1.012812', 2, 'Các giấy tờ có liên quan đến việc sử dụng đất (bản phô tô hoặc bản sao có công chứng, chứng thực)', 'COPY', 1, false),
    -- 1.013831 Đăng ký biến động (bản ghi Đồng Nai)
    ('1.013831', 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 'ORIGINAL', 1, true),
    ('1.013831', 2, 'Bản gốc Giấy chứng nhận đã cấp', 'ORIGINAL', 1, true),
    ('1.013831', 3, 'Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn quyền sử dụng đất, tài sản gắn liền với đất (đã công chứng, chứng thực theo quy định)', 'ORIGINAL', 1, true),
    ('1.013831', 4, 'Văn bản của bên nhận thế chấp đồng ý cho việc chuyển quyền (nếu đất đang thế chấp)', 'ORIGINAL', 1, false),
    ('1.013831', 5, 'Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận (nếu nhiều người nhận quyền); văn bản ủy quyền (nếu có)', 'ORIGINAL', 1, false),
    -- 1.012786 Cấp lại Giấy chứng nhận do bị mất (bản ghi Đồng Nai)
    ('1.012786', 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'ORIGINAL', 1, true),
    ('1.012786', 2, 'Mảnh trích đo bản đồ địa chính (nếu có nhu cầu đo đạc lại để xác định lại kích thước, diện tích thửa đất)', 'ORIGINAL', 1, false),
    -- 1.001612 Đăng ký thành lập hộ kinh doanh (Nghị định 01/2021/NĐ-CP Điều 87)
    ('1.001612', 1, 'Giấy đề nghị đăng ký hộ kinh doanh', 'ORIGINAL', 1, true),
    ('1.001612', 2, 'Giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh và các thành viên hộ gia đình đăng ký hộ kinh doanh (khi các thành viên hộ gia đình đăng ký)', 'COPY', 1, false),
    ('1.001612', 3, 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (khi các thành viên hộ gia đình đăng ký)', 'COPY', 1, false),
    ('1.001612', 4, 'Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (khi các thành viên hộ gia đình đăng ký)', 'COPY', 1, false),
    -- 2.000720 Thay đổi nội dung đăng ký hộ kinh doanh
    ('2.000720', 1, 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'ORIGINAL', 1, true),
    ('2.000720', 2, 'Biên bản họp thành viên hộ gia đình về việc thay đổi (khi các thành viên hộ gia đình đăng ký hộ kinh doanh)', 'COPY', 1, false),
    ('2.000720', 3, 'Giấy tờ pháp lý của cá nhân liên quan đến nội dung thay đổi (ví dụ chủ hộ kinh doanh mới)', 'COPY', 1, false),
    -- 1.001570 Tạm ngừng, tiếp tục kinh doanh
    ('1.001570', 1, 'Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo', 'ORIGINAL', 1, true),
    ('1.001570', 2, 'Biên bản họp thành viên hộ gia đình (khi các thành viên hộ gia đình đăng ký hộ kinh doanh)', 'COPY', 1, false),
    -- 2.000575 Cấp lại, cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh
    ('2.000575', 1, 'Giấy đề nghị cấp lại hoặc cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh', 'ORIGINAL', 1, true),
    ('2.000575', 2, 'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp (trường hợp bị hư hỏng hoặc cấp đổi)', 'ORIGINAL', 1, false),
    -- 1.001266 Chấm dứt hoạt động hộ kinh doanh
    ('1.001266', 1, 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'ORIGINAL', 1, true),
    ('1.001266', 2, 'Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế', 'ORIGINAL', 1, true),
    ('1.001266', 3, 'Giấy chứng nhận đăng ký hộ kinh doanh', 'ORIGINAL', 1, true),
    ('1.001266', 4, 'Biên bản họp thành viên hộ gia đình về việc chấm dứt hoạt động (khi các thành viên hộ gia đình đăng ký hộ kinh doanh)', 'COPY', 1, false)
) as v(code, position, name, form, copies, mandatory)
join procedure p on p.code = v.code;

-- ---------------------------------------------------------------------------------------------------------------
-- Fees: FEE = phí, CHARGE = lệ phí. amount_vnd only when one fixed amount applies (otherwise null, see text).
-- ---------------------------------------------------------------------------------------------------------------
insert into procedure_fee (procedure_id, position, kind, description, amount_vnd)
select p.id, v.position, v.kind, v.description, v.amount_vnd::bigint
from (values
    ('1.001193', 1, 'CHARGE', 'Lệ phí đăng ký khai sinh: miễn khi đăng ký đúng hạn (Luật Hộ tịch 2014 Điều 11); đăng ký quá hạn thu theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC)', null),
    ('1.001193', 2, 'FEE', 'Phí cấp bản sao Giấy khai sinh (nếu có yêu cầu): 8.000 đồng/bản (Thông tư 281/2016/TT-BTC, chưa đối chiếu)', '8000'),
    ('1.000894', 1, 'CHARGE', 'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch 2014 Điều 11 khoản 1 điểm b)', '0'),
    ('1.000656', 1, 'CHARGE', 'Lệ phí đăng ký khai tử: miễn khi đăng ký đúng hạn (Luật Hộ tịch 2014 Điều 11); quá hạn theo nghị quyết HĐND tỉnh', null),
    ('1.001022', 1, 'CHARGE', 'Lệ phí theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC); miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật (Luật Hộ tịch 2014 Điều 11)', null),
    ('1.000689', 1, 'CHARGE', 'Lệ phí đăng ký nhận cha, mẹ, con theo nghị quyết HĐND tỉnh; khai sinh đúng hạn được miễn (Luật Hộ tịch 2014 Điều 11)', null),
    ('1.004837', 1, 'CHARGE', 'Miễn lệ phí đăng ký giám hộ (Luật Hộ tịch 2014 Điều 11 khoản 1 điểm b)', '0'),
    ('1.004845', 1, 'CHARGE', 'Lệ phí theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương', null),
    ('1.004859', 1, 'CHARGE', 'Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương', null),
    ('1.004873', 1, 'CHARGE', 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương', null),
    ('1.004884', 1, 'CHARGE', 'Lệ phí theo nghị quyết HĐND tỉnh, tùy địa phương', null),
    ('1.004746', 1, 'CHARGE', 'Lệ phí theo nghị quyết HĐND tỉnh, tùy địa phương', null),
    ('1.005461', 1, 'CHARGE', 'Lệ phí theo nghị quyết HĐND tỉnh, tùy địa phương', null),
    ('2.000635', 1, 'FEE', 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao/sự kiện hộ tịch đã đăng ký (Thông tư 281/2016/TT-BTC, chưa đối chiếu)', '8000'),
    ('2.000528', 1, 'CHARGE', 'Lệ phí đăng ký khai sinh có yếu tố nước ngoài theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương', null),
    ('2.000806', 1, 'CHARGE', 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương', null),
    ('2.001263', 1, 'CHARGE', 'Lệ phí đăng ký nuôi con nuôi trong nước: 400.000 đồng/trường hợp; miễn trong các trường hợp của Nghị định 114/2016/NĐ-CP (cha dượng, mẹ kế nhận con riêng của vợ, chồng; cô, cậu, dì, chú, bác ruột nhận cháu; nhận trẻ khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo...) – chưa đối chiếu', '400000'),
    ('2.000815', 1, 'FEE', 'Phí chứng thực bản sao từ bản chính tại UBND cấp xã, tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản; trang tính theo bản chính (Thông tư 226/2016/TT-BTC). Tại cơ quan đại diện: 10 USD/bản', '2000'),
    ('2.000884', 1, 'FEE', 'Phí chứng thực chữ ký: 10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong một giấy tờ, văn bản) (Thông tư 226/2016/TT-BTC)', '10000'),
    ('2.001035', 1, 'FEE', 'Phí chứng thực hợp đồng, giao dịch: 50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)', '50000'),
    ('2.001019', 1, 'FEE', 'Phí chứng thực di chúc: 50.000 đồng/di chúc (Thông tư 226/2016/TT-BTC)', '50000'),
    ('2.001016', 1, 'FEE', 'Phí chứng thực văn bản từ chối nhận di sản: 50.000 đồng/văn bản (Thông tư 226/2016/TT-BTC)', '50000'),
    ('2.001406', 1, 'FEE', 'Phí chứng thực văn bản thỏa thuận phân chia di sản: 50.000 đồng/văn bản (Thông tư 226/2016/TT-BTC)', '50000'),
    ('2.000913', 1, 'FEE', 'Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch: 30.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)', '30000'),
    ('2.000942', 1, 'FEE', 'Phí cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực: 2.000 đồng/trang; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC, chưa đối chiếu)', '2000'),
    ('2.000992', 1, 'FEE', 'Phí chứng thực chữ ký người dịch: 10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)', '10000'),
    ('2.001008', 1, 'FEE', 'Phí chứng thực chữ ký người dịch: 10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)', '10000'),
    ('1.010833', 1, 'CHARGE', 'Không thu phí, lệ phí (bản ghi Đắk Lắk, Bình Định)', '0'),
    ('1.013978', 1, 'FEE', 'Phí thẩm định hồ sơ cấp Giấy chứng nhận theo nghị quyết HĐND tỉnh (ví dụ Đồng Nai, nộp trực tiếp: 880.000 đồng GCN quyền sử dụng đất; 980.000 đồng GCN tài sản; 1.250.000 đồng cả đất và tài sản; giảm khi nộp trực tuyến)', null),
    ('1.013978', 2, 'CHARGE', 'Lệ phí cấp Giấy chứng nhận theo nghị quyết HĐND tỉnh (ví dụ Đồng Nai: 15.000–120.000 đồng/giấy tùy loại và địa bàn; miễn khi nộp trực tuyến theo Nghị quyết 21/2024/NQ-HĐND); nghĩa vụ tài chính về đất theo thông báo của cơ quan thuế', null),
    ('1.012812', 1, 'CHARGE', 'Không thu phí, lệ phí (bản ghi Đồng Nai)', '0'),
    ('1.013831', 1, 'FEE', 'Phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận (nếu cấp mới) theo nghị quyết HĐND tỉnh; lệ phí trước bạ, thuế thu nhập cá nhân theo thông báo của cơ quan thuế', null),
    ('1.012786', 1, 'FEE', 'Phí thẩm định hồ sơ theo nghị quyết HĐND tỉnh (ví dụ Đồng Nai, hộ gia đình, cá nhân nộp trực tiếp: 810.000 đồng; cả đất và tài sản: 1.080.000 đồng)', null),
    ('1.012786', 2, 'CHARGE', 'Lệ phí cấp Giấy chứng nhận theo nghị quyết HĐND tỉnh (ví dụ Đồng Nai: 12.000–60.000 đồng; miễn khi nộp trực tuyến)', null),
    ('1.001612', 1, 'CHARGE', 'Lệ phí đăng ký hộ kinh doanh theo nghị quyết HĐND tỉnh (Thông tư 85/2019/TT-BTC), tùy địa phương; nhiều tỉnh miễn khi nộp trực tuyến', null),
    ('2.000720', 1, 'CHARGE', 'Lệ phí đăng ký thay đổi nội dung hộ kinh doanh theo nghị quyết HĐND tỉnh, tùy địa phương', null),
    ('2.000575', 1, 'CHARGE', 'Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh theo nghị quyết HĐND tỉnh, tùy địa phương', null)
) as v(code, position, kind, description, amount_vnd)
join procedure p on p.code = v.code;
