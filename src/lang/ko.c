/* ko.c - Korean: the words the reader measures lines with (lang.h).
 * Its particles are
 * attached to their words, so it has no stop words; its labels and a site's controls are matched as
 * whole lines and short words. */
#include "lang.h"

static const char *const ui_words[] = {
    "검색", "고객센터", "공지사항", "다음", "닫기", "더보기", "로그인", "메뉴", "목록", "이전", "장바구니",
    "홈", "회원가입",
};

static const char *const labels[] = {
    "a", "q", "답변", "질문",
};

static const char *const faq_names[] = {
    "자주 묻는 질문",
    "자주묻는질문",
};

const qa_lang qa_lang_ko = {"ko", NULL, 0, NULL, 0,
    QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels), NULL, 0,
    NULL, 0, NULL, 0,
    QA_LANG_WORDS(faq_names)};
