/* pt.c - Portuguese: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos",
    "e", "ela", "ele", "em", "entre", "essa", "esse", "está", "foi", "for",
    "isso", "mais", "mas", "na", "nas", "no", "nos", "não", "o", "os", "ou",
    "para", "pela", "pelo", "por", "que", "se", "sem", "ser", "seu", "sua",
    "são", "também", "tem", "um", "uma", "à", "é",
};

static const char *const openers[] = {
    "como", "o", "onde", "os", "para", "pode", "por", "posso", "preciso",
    "quais", "qual", "quando", "quanto", "quantos", "que", "quem", "é",
};

static const char *const ui_words[] = {
    "abrir", "anterior", "assinar", "ativar", "atualizado", "buscar",
    "cadastre", "carregando", "carrinho", "clique", "comentários",
    "compartilhar", "conta", "contato", "conteúdo", "cookies", "direitos",
    "entrar", "enviar", "fechar", "imagem", "imprimir", "início", "leia",
    "login", "mais", "menu", "mostrar", "navegação", "ocultar", "pesquisar",
    "política", "principal", "privacidade", "próximo", "publicado", "pular",
    "reservados", "responder", "seguir", "selecionar", "termos", "toque",
    "voltar", "votar", "útil",
};

static const char *const labels[] = {
    "p", "pergunta", "r", "resposta",
};

static const char *const open_words[] = {
    "ao", "aos", "com", "da", "das", "de", "do", "dos", "em", "na", "nas",
    "no", "nos", "o", "os", "para", "pela", "pelo", "por", "um", "uma",
};

const qa_lang qa_lang_pt = {"pt", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words)};
