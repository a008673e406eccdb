package vn.langso.demo.control;

import java.util.List;

/** The end-of-course quiz of each demo course, in the order of {@link DemoCourseContent#ALL}. */
public final class DemoQuizContent {

    public record DemoChoice(String text, boolean correct, String feedback) {

        static DemoChoice right(String text, String feedback) {
            return new DemoChoice(text, true, feedback);
        }

        static DemoChoice wrong(String text, String feedback) {
            return new DemoChoice(text, false, feedback);
        }
    }

    /** {@code type}: SINGLE_CHOICE, MULTIPLE_CHOICE or TRUE_FALSE (choices "Đúng", "Sai"). */
    public record DemoQuestion(String type, String text, String explanation, List<DemoChoice> choices) {}

    /** A quiz: its questions, and how many of them an attempt draws at random (all of them: fixed). */
    public record DemoQuiz(String title, int draw, List<DemoQuestion> questions) {}

    private DemoQuizContent() {}

    static DemoQuestion single(String text, String explanation, DemoChoice... choices) {
        return new DemoQuestion("SINGLE_CHOICE", text, explanation, List.of(choices));
    }

    static DemoQuestion multiple(String text, String explanation, DemoChoice... choices) {
        return new DemoQuestion("MULTIPLE_CHOICE", text, explanation, List.of(choices));
    }

    static DemoQuestion trueFalse(String text, boolean isTrue, String explanation) {
        return new DemoQuestion(
                "TRUE_FALSE",
                text,
                explanation,
                List.of(new DemoChoice("Đúng", isTrue, null), new DemoChoice("Sai", !isTrue, null)));
    }

    public static final DemoQuiz VNEID = new DemoQuiz(
            "Bài kiểm tra: kích hoạt VNeID mức 2",
            5,
            List.of(
                    single(
                            "Tài khoản định danh điện tử <strong>mức 2</strong> được đăng ký ở đâu?",
                            "Mức 2 cần ảnh chân dung và vân tay, nên đăng ký tại công an xã (hoặc nơi làm căn"
                                    + " cước).",
                            DemoChoice.right("Tại công an xã, phường", "Chính xác."),
                            DemoChoice.wrong("Tự đăng ký trên ứng dụng tại nhà", "Đó là mức 1."),
                            DemoChoice.wrong("Tại ngân hàng", "Ngân hàng không cấp tài khoản định danh."),
                            DemoChoice.wrong("Tại bưu điện", "Bưu điện không cấp tài khoản định danh.")),
                    single(
                            "Người dân cần mang giấy tờ nào khi đăng ký tài khoản mức 2?",
                            "Căn cước công dân gắn chip còn hạn là giấy tờ bắt buộc.",
                            DemoChoice.right("Căn cước công dân gắn chip còn hạn", "Chính xác."),
                            DemoChoice.wrong("Sổ hộ khẩu giấy", "Sổ hộ khẩu giấy không còn được dùng."),
                            DemoChoice.wrong("Giấy khai sinh", "Không đủ để định danh."),
                            DemoChoice.wrong("Bằng lái xe", "Không dùng để đăng ký VNeID.")),
                    multiple(
                            "Những gì cần có trên điện thoại để kích hoạt tài khoản? (chọn tất cả ý đúng)",
                            "Cần ứng dụng VNeID, kết nối mạng và số thuê bao chính chủ đã khai khi đăng ký.",
                            DemoChoice.right("Ứng dụng VNeID tải từ kho ứng dụng chính thức", null),
                            DemoChoice.right("Số thuê bao chính chủ đã khai khi đăng ký", null),
                            DemoChoice.wrong("Ứng dụng ngân hàng", "Không cần ứng dụng ngân hàng."),
                            DemoChoice.wrong("Tài khoản mạng xã hội", "Không cần mạng xã hội.")),
                    trueFalse(
                            "Tổ viên được giữ mật khẩu VNeID của người dân để tiện hỗ trợ lần sau.",
                            false,
                            "Không bao giờ giữ hay ghi lại mật khẩu, mã kích hoạt của người dân."),
                    trueFalse(
                            "Mã kích hoạt được gửi qua tin nhắn đến số điện thoại đã đăng ký.",
                            true,
                            "Người dân nhập mã kích hoạt nhận qua tin nhắn để hoàn tất."),
                    single(
                            "Người dân báo không nhận được mã kích hoạt. Việc đầu tiên nên làm là gì?",
                            "Phần lớn trường hợp là do số thuê bao không chính chủ hoặc khác số đã khai.",
                            DemoChoice.right(
                                    "Kiểm tra số điện thoại có đúng số đã khai và chính chủ không", "Chính xác."),
                            DemoChoice.wrong("Cài lại điện thoại", "Không cần thiết."),
                            DemoChoice.wrong("Đăng ký một tài khoản mới", "Mỗi người chỉ có một tài khoản."),
                            DemoChoice.wrong("Bỏ qua và hẹn lần khác", "Nên kiểm tra số điện thoại trước.")),
                    trueFalse(
                            "Tài khoản mức 2 dùng được để đăng nhập Cổng Dịch vụ công quốc gia.",
                            true,
                            "VNeID mức 2 là cách đăng nhập Cổng Dịch vụ công được khuyến khích.")));

    public static final DemoQuiz PUBLIC_SERVICES = new DemoQuiz(
            "Bài kiểm tra: dịch vụ công trực tuyến",
            0,
            List.of(
                    single(
                            "Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng cách nào được khuyến khích?",
                            "Tài khoản VNeID mức 2 cho phép đăng nhập một lần vào Cổng Dịch vụ công.",
                            DemoChoice.right("Tài khoản định danh điện tử VNeID", "Chính xác."),
                            DemoChoice.wrong("Tài khoản mạng xã hội", "Không dùng được."),
                            DemoChoice.wrong("Số điện thoại của tổ viên", "Phải là tài khoản của chính người dân."),
                            DemoChoice.wrong("Không cần đăng nhập", "Nộp hồ sơ cần đăng nhập.")),
                    single(
                            "Sau khi nộp hồ sơ trực tuyến, người dân theo dõi kết quả ở đâu?",
                            "Mỗi hồ sơ có mã; tra cứu theo mã trong mục hồ sơ của tài khoản.",
                            DemoChoice.right("Trong mục quản lý hồ sơ trên Cổng, theo mã hồ sơ", "Chính xác."),
                            DemoChoice.wrong("Gọi điện cho tổ viên", "Tổ viên không nắm kết quả."),
                            DemoChoice.wrong("Chờ thư giấy", "Kết quả được báo trên Cổng và qua tin nhắn."),
                            DemoChoice.wrong("Không theo dõi được", "Luôn theo dõi được theo mã hồ sơ.")),
                    multiple(
                            "Trước khi nộp hồ sơ, cần kiểm tra những gì? (chọn tất cả ý đúng)",
                            "Đúng thủ tục, đủ thành phần hồ sơ và ảnh chụp giấy tờ rõ nét giúp hồ sơ không bị trả.",
                            DemoChoice.right("Chọn đúng thủ tục và đúng cơ quan giải quyết", null),
                            DemoChoice.right("Ảnh chụp giấy tờ rõ nét, đủ trang", null),
                            DemoChoice.wrong("Nhờ người khác đứng tên hồ sơ", "Hồ sơ phải do chính người dân nộp."),
                            DemoChoice.wrong("Gửi mật khẩu cho cán bộ", "Không bao giờ gửi mật khẩu.")),
                    trueFalse(
                            "Ứng dụng công dân số của tỉnh dùng để phản ánh, kiến nghị với chính quyền.",
                            true,
                            "Người dân gửi phản ánh kèm ảnh, vị trí và theo dõi việc xử lý."),
                    trueFalse(
                            "Lệ phí dịch vụ công trực tuyến luôn phải nộp bằng tiền mặt tại xã.",
                            false,
                            "Nhiều thủ tục cho thanh toán trực tuyến, có thủ tục được giảm lệ phí khi nộp trực"
                                    + " tuyến.")));

    public static final DemoQuiz CASHLESS_AND_SCAMS = new DemoQuiz(
            "Bài kiểm tra: thanh toán an toàn, phòng lừa đảo",
            0,
            List.of(
                    single(
                            "Một người gọi điện xưng là công an, yêu cầu chuyển tiền để \"phục vụ điều tra\". Nên"
                                    + " làm gì?",
                            "Công an không bao giờ yêu cầu chuyển tiền qua điện thoại.",
                            DemoChoice.right("Từ chối, cúp máy và báo công an xã", "Chính xác."),
                            DemoChoice.wrong("Chuyển một ít tiền để thử", "Đây là lừa đảo."),
                            DemoChoice.wrong("Đọc mã OTP để xác minh", "Không bao giờ đọc mã OTP cho ai."),
                            DemoChoice.wrong("Cài ứng dụng họ gửi", "Ứng dụng lạ có thể chiếm điện thoại.")),
                    multiple(
                            "Dấu hiệu nào cho thấy một tin nhắn có thể là lừa đảo? (chọn tất cả ý đúng)",
                            "Thúc ép gấp, đường dẫn lạ và đòi mã OTP là các dấu hiệu điển hình.",
                            DemoChoice.right("Thúc ép phải làm ngay kẻo mất tiền", null),
                            DemoChoice.right("Có đường dẫn lạ yêu cầu đăng nhập ngân hàng", null),
                            DemoChoice.right("Đòi cung cấp mã OTP", null),
                            DemoChoice.wrong(
                                    "Tin nhắn từ tổng đài ngân hàng báo số dư sau giao dịch",
                                    "Thông báo số dư là bình thường.")),
                    trueFalse(
                            "Trước khi quét mã QR để trả tiền, cần kiểm tra tên người nhận hiện ra trên ứng dụng.",
                            true,
                            "Mã QR dán đè là chiêu lừa phổ biến; tên người nhận phải đúng."),
                    trueFalse(
                            "Có thể cho người khác mượn tài khoản ngân hàng nếu họ trả phí.",
                            false,
                            "Cho mượn, bán tài khoản là vi phạm pháp luật và tiếp tay cho lừa đảo."),
                    single(
                            "Người dân lỡ chuyển tiền cho kẻ lừa đảo. Việc cần làm ngay là gì?",
                            "Báo ngân hàng sớm có thể phong tỏa kịp thời; đồng thời trình báo công an.",
                            DemoChoice.right("Gọi tổng đài ngân hàng để phong tỏa và trình báo công an", "Chính xác."),
                            DemoChoice.wrong("Chờ vài ngày xem sao", "Càng chậm càng khó lấy lại."),
                            DemoChoice.wrong("Chuyển thêm tiền để \"mở khóa\"", "Đó là tiếp tục bị lừa."),
                            DemoChoice.wrong("Đăng lên mạng xã hội", "Không giúp lấy lại tiền.")),
                    single(
                            "Mật khẩu ứng dụng ngân hàng nên như thế nào?",
                            "Mật khẩu riêng, khó đoán, không dùng lại và không chia sẻ.",
                            DemoChoice.right("Khó đoán, không dùng chung với ứng dụng khác, không chia sẻ", null),
                            DemoChoice.wrong("Ngày sinh cho dễ nhớ", "Dễ bị đoán."),
                            DemoChoice.wrong("Giống mật khẩu mạng xã hội", "Lộ một nơi là lộ tất cả."),
                            DemoChoice.wrong("Ghi sau lưng điện thoại", "Ai cầm máy cũng biết."))));

    public static final List<DemoQuiz> ALL = List.of(VNEID, PUBLIC_SERVICES, CASHLESS_AND_SCAMS);
}
