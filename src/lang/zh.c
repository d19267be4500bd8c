/* zh.c - Chinese: the words the reader measures lines with (lang.h).
 * Words are not parted by spaces in the language's running text, so it
 * has no stop words; its labels and a site's controls are matched as
 * whole lines and short words. */
#include "lang.h"

static const char *const ui_words[] = {
    "上一篇", "下一篇", "分享", "打印", "搜尋", "搜索", "注册", "登入", "登录", "菜单", "註冊", "購物車",
    "购物车", "返回", "返回頂部", "選單", "首頁", "首页",
};

static const char *const labels[] = {
    "a", "q", "問", "問題", "回答", "答", "答案", "答覆", "问", "问题",
};

static const char *const faq_names[] = {
    "常見問題",
    "常见问题",
};

const qa_lang qa_lang_zh = {"zh", NULL, 0, NULL, 0,
    QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels), NULL, 0,
    NULL, 0, NULL, 0,
    QA_LANG_WORDS(faq_names)};
