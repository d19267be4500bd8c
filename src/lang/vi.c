/* vi.c - Vietnamese: the words the reader measures lines with (lang.h).
 * Its words are syllables parted by spaces ("có thể" is "có" and
 * "thể"), written here in NFC.  The syllables of a site's controls
 * ("đăng nhập", "chia sẻ") are words of its running text too, so
 * few are ui words; its controls are furniture phrases. */
#include "lang.h"

static const char *const stop_words[] = {
    "bạn", "bằng", "bị", "cho", "chúng", "chỉ", "các", "còn", "có", "cũng",
    "cần", "của", "do", "gì", "hay", "hoặc", "hãy", "hơn", "họ", "khi",
    "không", "là", "lên", "lại", "mà", "mình", "mỗi", "một", "nhiều", "như",
    "nhưng", "những", "nào", "này", "nên", "nó", "nếu", "nữa", "phải", "qua",
    "ra", "rất", "rồi", "sau", "sẽ", "sự", "ta", "theo", "thì", "thể", "trong",
    "trên", "trước", "tôi", "tại", "từ", "việc", "và", "vào", "vì", "vẫn",
    "về", "với", "đang", "đây", "đã", "đó", "được", "đến", "đều", "để", "ở",
};

static const char *const openers[] = {
    "ai", "bao", "cái", "khi", "liệu", "làm", "mấy", "sao", "thế", "tôi",
    "tại", "vì", "điều", "đâu", "ở",
};

static const char *const ui_words[] = {
    "cookie", "giỏ", "kiếm", "menu",
};

static const char *const labels[] = {
    "câu hỏi", "hỏi", "trả lời", "đáp",
};

static const char *const open_words[] = {
    "cho", "các", "của", "hoặc", "là", "một", "nhưng", "những", "trong", "tại",
    "từ", "và", "về", "với", "để",
};

static const qa_phrase furniture[] = {
    {"bài viết liên quan", QA_LINKS | QA_TRAILER},
    {"bài viết này có hữu ích cho bạn không", QA_CHROME},
    {"bài viết này có hữu ích không", QA_CHROME},
    {"bình luận", QA_TRAILER},
    {"bạn có câu hỏi khác", QA_TRAILER},
    {"bạn vẫn còn câu hỏi", QA_TRAILER},
    {"bỏ qua nội dung", QA_CHROME},
    {"chia sẻ", QA_CHROME},
    {"chia sẻ bài viết", QA_CHROME},
    {"chuyển đến nội dung", QA_CHROME},
    {"chuyển đến nội dung chính", QA_CHROME},
    {"chính sách bảo mật", QA_FOOTER},
    {"chính sách cookie", QA_FOOTER},
    {"chính sách quyền riêng tư", QA_FOOTER},
    {"chấp nhận", QA_CONSENT},
    {"chấp nhận cookie", QA_CONSENT},
    {"chấp nhận tất cả", QA_CONSENT},
    {"cài đặt cookie", QA_CONSENT},
    {"câu hỏi liên quan", QA_TRAILER},
    {"câu trả lời này có hữu ích không", QA_CHROME},
    {"có không", QA_CHROME},
    {"có thể bạn quan tâm", QA_LINKS | QA_TRAILER},
    {"cảm ơn bạn đã phản hồi", QA_CHROME},
    {"cảm ơn phản hồi của bạn", QA_CHROME},
    {"cập nhật", QA_STAMP},
    {"cập nhật lúc", QA_STAMP},
    {"cập nhật lần cuối", QA_STAMP},
    {"danh mục", QA_HEADER},
    {"giỏ hàng", QA_HEADER},
    {"giới thiệu", QA_FOOTER},
    {"hiển thị thêm", QA_CHROME},
    {"in bài viết", QA_CHROME},
    {"in trang này", QA_CHROME},
    {"liên hệ", QA_FOOTER},
    {"liên hệ với chúng tôi", QA_FOOTER},
    {"lên đầu trang", QA_CHROME},
    {"mở rộng tất cả", QA_CHROME},
    {"ngày cập nhật", QA_STAMP},
    {"ngày đăng", QA_STAMP},
    {"quay lại đầu trang", QA_CHROME},
    {"quảng cáo", QA_CHROME},
    {"sơ đồ trang web", QA_FOOTER},
    {"thu gọn tất cả", QA_CHROME},
    {"thông tin này có hữu ích không", QA_CHROME},
    {"tin liên quan", QA_LINKS | QA_TRAILER},
    {"trang chủ", QA_HEADER},
    {"trang này có hữu ích không", QA_CHROME},
    {"tuyển dụng", QA_FOOTER},
    {"tài khoản", QA_HEADER},
    {"tài khoản của tôi", QA_HEADER},
    {"tìm kiếm", QA_HEADER},
    {"tôi đồng ý", QA_CONSENT},
    {"tùy chỉnh", QA_CONSENT},
    {"từ chối", QA_CONSENT},
    {"từ chối tất cả", QA_CONSENT},
    {"viết bình luận", QA_TRAILER},
    {"về chúng tôi", QA_FOOTER},
    {"về đầu trang", QA_CHROME},
    {"xem câu trả lời", QA_CHROME},
    {"xem thêm", QA_LINKS},
    {"đi đến nội dung", QA_CHROME},
    {"điều khoản dịch vụ", QA_FOOTER},
    {"điều khoản sử dụng", QA_FOOTER},
    {"điều khoản và điều kiện", QA_FOOTER},
    {"đóng", QA_HEADER},
    {"đăng ký", QA_HEADER},
    {"đăng ký ngay", QA_SIGNUP},
    {"đăng ký nhận bản tin", QA_SIGNUP},
    {"đăng ký nhận tin", QA_SIGNUP},
    {"đăng lúc", QA_STAMP},
    {"đăng ngày", QA_STAMP},
    {"đăng nhập", QA_HEADER},
    {"được cập nhật", QA_STAMP},
    {"để lại bình luận", QA_TRAILER},
    {"đọc thêm", QA_LINKS},
    {"đồng ý", QA_CONSENT},
};

static const char *const months[] = {
    "ba", "bảy", "chín", "chạp", "giêng", "hai", "mười", "một", "năm", "sáu",
    "tháng", "tám", "tư",
};

static const char *const faq_names[] = {
    "câu hỏi thường gặp",
    "faq",
    "hỏi và đáp",
    "hỏi đáp",
};

const qa_lang qa_lang_vi = {"vi", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
