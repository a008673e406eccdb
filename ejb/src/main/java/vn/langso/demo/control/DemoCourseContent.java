package vn.langso.demo.control;

import java.util.List;
import java.util.Set;
import vn.langso.kernel.OutreachService;

/** The three demo courses a real team would take first: VNeID level 2, online public services, cashless and scams. */
public final class DemoCourseContent {

    public record DemoDocument(String fileName, String title, List<String> lines) {}

    /** A text lesson has a body; a document lesson has a document. */
    public record DemoLesson(String title, int minutes, String body, DemoDocument document) {

        static DemoLesson text(String title, int minutes, String body) {
            return new DemoLesson(title, minutes, body, null);
        }

        static DemoLesson document(String title, int minutes, String introduction, DemoDocument document) {
            return new DemoLesson(title, minutes, introduction, document);
        }
    }

    public record DemoSection(String title, List<DemoLesson> lessons) {}

    public record DemoCourse(
            String title, String summary, Set<OutreachService> services, int minutes, List<DemoSection> sections) {

        public int lessonCount() {
            return sections.stream().mapToInt(s -> s.lessons().size()).sum();
        }
    }

    public static final DemoCourse VNEID = new DemoCourse(
            "Hướng dẫn người dân kích hoạt định danh điện tử VNeID mức 2",
            "Những gì tổ viên cần biết để giúp một hộ gia đình cài đặt, đăng ký và kích hoạt tài khoản định danh"
                    + " điện tử mức 2: chuẩn bị, từng bước trên điện thoại và các tình huống thường gặp.",
            Set.of(OutreachService.VNEID),
            60,
            List.of(
                    new DemoSection(
                            "Chuẩn bị trước khi đến nhà dân",
                            List.of(
                                    DemoLesson.text(
                                            "VNeID là gì và vì sao cần mức 2",
                                            8,
                                            "<p>VNeID là ứng dụng định danh điện tử quốc gia do Bộ Công an"
                                                    + " quản lý. Tài khoản <strong>mức 2</strong> thay được căn"
                                                    + " cước công dân khi làm thủ tục, đăng nhập Cổng Dịch vụ"
                                                    + " công và nhiều ứng dụng khác.</p><ul><li>Mức 1: đăng ký"
                                                    + " trên ứng dụng, chỉ dùng một số tiện ích.</li><li>Mức 2:"
                                                    + " đăng ký tại công an xã, có ảnh chân dung và vân"
                                                    + " tay.</li></ul>"),
                                    DemoLesson.text(
                                            "Giấy tờ và thiết bị cần chuẩn bị",
                                            6,
                                            "<p>Trước mỗi lần đến nhà dân, hãy nhắc gia đình chuẩn"
                                                    + " bị:</p><ol><li>Căn cước công dân gắn chip còn hạn.</li>"
                                                    + "<li>Điện thoại thông minh có kết nối mạng, số thuê bao"
                                                    + " chính chủ.</li><li>Thời gian khoảng 15 phút cho mỗi"
                                                    + " người.</li></ol>"),
                                    DemoLesson.document(
                                            "Phiếu kiểm tra các bước kích hoạt",
                                            5,
                                            "<p>In phiếu này và mang theo khi đi hỗ trợ hộ gia đình.</p>",
                                            new DemoDocument(
                                                    "phieu-kiem-tra-vneid.pdf",
                                                    "Phieu kiem tra kich hoat VNeID muc 2",
                                                    List.of(
                                                            "1. Can cuoc cong dan gan chip con han",
                                                            "2. So dien thoai chinh chu, dang hoat dong",
                                                            "3. Da cai ung dung VNeID tu kho ung dung chinh thuc",
                                                            "4. Da dang ky muc 2 tai cong an xa",
                                                            "5. Da nhan ma kich hoat qua tin nhan",
                                                            "6. Da dat mat khau va ma PIN, khong chia se cho ai"))))),
                    new DemoSection(
                            "Các bước kích hoạt",
                            List.of(
                                    DemoLesson.text(
                                            "Cài đặt ứng dụng VNeID trên điện thoại",
                                            8,
                                            "<p>Mở <em>CH Play</em> (Android) hoặc <em>App Store</em>"
                                                    + " (iPhone), tìm “VNeID”, kiểm tra nhà phát triển là"
                                                    + " Trung tâm dữ liệu quốc gia về dân cư rồi cài đặt.</p>"),
                                    DemoLesson.text(
                                            "Đăng ký tài khoản mức 2 tại công an xã",
                                            10,
                                            "<p>Người dân mang căn cước đến công an xã. Cán bộ thu"
                                                    + " ảnh chân dung, vân tay và xác nhận số điện thoại."
                                                    + " Tổ viên có thể đi cùng người cao tuổi.</p>"),
                                    DemoLesson.text(
                                            "Kích hoạt tài khoản bằng mã gửi qua tin nhắn",
                                            8,
                                            "<p>Khi nhận tin nhắn mã kích hoạt, mở ứng dụng, chọn"
                                                    + " <strong>Kích hoạt tài khoản</strong>, nhập số căn"
                                                    + " cước, số điện thoại và mã, rồi đặt mật khẩu và mã"
                                                    + " PIN.</p>"))),
                    new DemoSection(
                            "Xử lý tình huống thường gặp",
                            List.of(
                                    DemoLesson.text(
                                            "Không nhận được mã kích hoạt",
                                            7,
                                            "<p>Kiểm tra số điện thoại đã đăng ký có đúng và chính chủ"
                                                    + " không, chờ tối đa 3 ngày làm việc, sau đó liên hệ công"
                                                    + " an xã để được gửi lại.</p>"),
                                    DemoLesson.text(
                                            "Quên mật khẩu hoặc đổi điện thoại",
                                            8,
                                            "<p>Dùng chức năng <em>Quên mật khẩu</em> trên ứng dụng."
                                                    + " Khi đổi điện thoại, đăng nhập lại và xác thực bằng"
                                                    + " mã gửi về số thuê bao chính chủ.</p>")))));

    public static final DemoCourse PUBLIC_SERVICES = new DemoCourse(
            "Nộp hồ sơ dịch vụ công trực tuyến cùng người dân",
            "Tìm đúng thủ tục trên Cổng Dịch vụ công quốc gia, đăng nhập bằng VNeID, nộp một hồ sơ mẫu và theo"
                    + " dõi kết quả; cách dùng ứng dụng công dân số của tỉnh để phản ánh, kiến nghị.",
            Set.of(OutreachService.PUBLIC_SERVICE, OutreachService.CITIZEN_APP),
            45,
            List.of(
                    new DemoSection(
                            "Cổng Dịch vụ công quốc gia",
                            List.of(
                                    DemoLesson.text(
                                            "Đăng nhập bằng tài khoản VNeID",
                                            6,
                                            "<p>Trên dichvucong.gov.vn chọn <strong>Đăng nhập</strong>,"
                                                    + " chọn tài khoản định danh điện tử và xác nhận trên"
                                                    + " ứng dụng VNeID.</p>"),
                                    DemoLesson.text(
                                            "Tìm đúng thủ tục",
                                            8,
                                            "<p>Gõ tên thủ tục vào ô tìm kiếm, chọn đúng cơ quan giải"
                                                    + " quyết (xã, huyện hay tỉnh) và đọc kỹ thành phần hồ"
                                                    + " sơ trước khi bắt đầu.</p>"),
                                    DemoLesson.document(
                                            "Danh mục thủ tục thường gặp",
                                            5,
                                            "<p>Danh mục các thủ tục người dân hay cần, để tra cứu" + " nhanh.</p>",
                                            new DemoDocument(
                                                    "danh-muc-thu-tuc.pdf",
                                                    "Danh muc thu tuc thuong gap",
                                                    List.of(
                                                            "Dang ky khai sinh - UBND xa",
                                                            "Dang ky thuong tru - Cong an xa",
                                                            "Cap phieu ly lich tu phap - So Tu phap",
                                                            "Cap doi giay phep lai xe - So Xay dung",
                                                            "Dang ky ket hon - UBND xa"))))),
                    new DemoSection(
                            "Nộp một hồ sơ mẫu",
                            List.of(
                                    DemoLesson.text(
                                            "Đăng ký khai sinh trực tuyến",
                                            12,
                                            "<p>Chuẩn bị giấy chứng sinh, căn cước của cha mẹ. Điền tờ"
                                                    + " khai, tải ảnh giấy tờ, chọn nhận kết quả tại nhà"
                                                    + " hoặc tại UBND xã.</p>"),
                                    DemoLesson.text(
                                            "Theo dõi và nhận kết quả",
                                            6,
                                            "<p>Mục <strong>Quản lý hồ sơ</strong> cho biết hồ sơ đang ở"
                                                    + " bước nào. Khi được yêu cầu bổ sung, sửa ngay trên"
                                                    + " cổng.</p>"),
                                    DemoLesson.text(
                                            "Phản ánh, kiến nghị qua ứng dụng công dân số",
                                            8,
                                            "<p>Hướng dẫn người dân chụp ảnh, mô tả sự việc và gửi phản"
                                                    + " ánh; theo dõi trả lời của cơ quan chức năng.</p>")))));

    public static final DemoCourse CASHLESS_AND_SCAMS = new DemoCourse(
            "Thanh toán không dùng tiền mặt và phòng chống lừa đảo trực tuyến",
            "Giúp người dân mở tài khoản, thanh toán bằng mã QR an toàn, và nhận ra các chiêu lừa đảo qua điện"
                    + " thoại, tin nhắn và mạng xã hội.",
            Set.of(OutreachService.CASHLESS, OutreachService.CYBER_SAFETY),
            40,
            List.of(
                    new DemoSection(
                            "Thanh toán số",
                            List.of(
                                    DemoLesson.text(
                                            "Mở tài khoản ngân hàng trên điện thoại",
                                            10,
                                            "<p>Nhiều ngân hàng cho mở tài khoản bằng căn cước gắn chip"
                                                    + " và xác thực khuôn mặt. Chỉ cài ứng dụng từ kho"
                                                    + " chính thức.</p>"),
                                    DemoLesson.text(
                                            "Thanh toán bằng mã QR",
                                            6,
                                            "<p>Quét mã, <strong>kiểm tra tên người nhận</strong> và số"
                                                    + " tiền trước khi xác nhận.</p>"))),
                    new DemoSection(
                            "An toàn trên mạng",
                            List.of(
                                    DemoLesson.text(
                                            "Nhận diện cuộc gọi, tin nhắn lừa đảo",
                                            8,
                                            "<p>Không ai được yêu cầu chuyển tiền “để xác minh”. Công"
                                                    + " an không làm việc qua điện thoại hay mạng xã hội.</p>"),
                                    DemoLesson.text(
                                            "Bảo vệ mã OTP và mật khẩu",
                                            6,
                                            "<p>Mã OTP chỉ dành cho chính mình: không đọc cho ai, kể cả"
                                                    + " người xưng là nhân viên ngân hàng.</p>"),
                                    DemoLesson.document(
                                            "Tờ rơi: 5 dấu hiệu lừa đảo",
                                            4,
                                            "<p>Tờ rơi để phát cho các hộ gia đình.</p>",
                                            new DemoDocument(
                                                    "to-roi-5-dau-hieu-lua-dao.pdf",
                                                    "5 dau hieu lua dao truc tuyen",
                                                    List.of(
                                                            "1. Doi chuyen tien gap, doa doa hoac hua hen",
                                                            "2. Xin ma OTP hoac mat khau",
                                                            "3. Gui duong link la de cai ung dung",
                                                            "4. Xung la cong an, ngan hang qua dien thoai",
                                                            "5. Viec nhe luong cao, dat coc truoc")))))));

    public static final List<DemoCourse> ALL = List.of(VNEID, PUBLIC_SERVICES, CASHLESS_AND_SCAMS);

    private DemoCourseContent() {}
}
