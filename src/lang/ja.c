/* ja.c - Japanese: the words the reader measures lines with (lang.h).
 * Words are not parted by spaces in the language's running text, so it
 * has no stop words; its labels and a site's controls are matched as
 * whole lines and short words. */
#include "lang.h"

static const char *const ui_words[] = {
    "お問合せ", "カート", "ホーム", "メニュー", "ログイン", "共有", "前へ", "印刷", "戻る", "新規登録",
    "検索", "次へ",
};

static const char *const labels[] = {
    "a", "q", "回答", "答え", "質問",
};

static const char *const faq_names[] = {
    "よくあるご質問",
    "よくある質問",
};

const qa_lang qa_lang_ja = {"ja", NULL, 0, NULL, 0,
    QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels), NULL, 0,
    NULL, 0, NULL, 0,
    QA_LANG_WORDS(faq_names)};
