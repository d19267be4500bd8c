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

static const qa_phrase furniture[] = {
    {"aceitar", QA_CONSENT},
    {"aceitar cookies", QA_CONSENT},
    {"aceitar todos", QA_CONSENT},
    {"acessibilidade", QA_FOOTER},
    {"artigos relacionados", QA_LINKS | QA_TRAILER},
    {"assinar", QA_SIGNUP},
    {"assine", QA_SIGNUP},
    {"atualizado", QA_STAMP},
    {"atualizado em", QA_STAMP},
    {"buscar", QA_HEADER},
    {"comentários", QA_TRAILER},
    {"compartilhar", QA_CHROME},
    {"contato", QA_FOOTER},
    {"deixe um comentário", QA_TRAILER},
    {"deixe uma resposta", QA_TRAILER},
    {"esta página foi útil", QA_CHROME},
    {"esta resposta foi útil", QA_CHROME},
    {"este artigo foi útil", QA_CHROME},
    {"fale conosco", QA_FOOTER},
    {"fechar", QA_HEADER},
    {"imprimir", QA_CHROME},
    {"inscreverse", QA_SIGNUP},
    {"ir para o conteúdo", QA_HEADER},
    {"ir para o conteúdo principal", QA_HEADER},
    {"isso foi útil", QA_CHROME},
    {"leia também", QA_LINKS},
    {"mapa do site", QA_FOOTER},
    {"mostrar tudo", QA_CHROME},
    {"partilhar", QA_CHROME},
    {"pesquisar", QA_HEADER},
    {"política de privacidade", QA_FOOTER},
    {"precisa de mais ajuda", QA_TRAILER},
    {"publicado em", QA_STAMP},
    {"publicidade", QA_CHROME},
    {"pular para o conteúdo", QA_HEADER},
    {"quem somos", QA_FOOTER},
    {"rejeitar", QA_CONSENT},
    {"saltar para o conteúdo", QA_HEADER},
    {"sim não", QA_CHROME},
    {"sobre nós", QA_FOOTER},
    {"termos de uso", QA_FOOTER},
    {"termos e condições", QA_FOOTER},
    {"veja também", QA_LINKS},
    {"ver resposta", QA_CHROME},
    {"você também pode gostar", QA_LINKS | QA_TRAILER},
    {"voltar ao topo", QA_CHROME},
    {"voltar para o topo", QA_CHROME},
    {"última atualização", QA_STAMP},
};

static const char *const months[] = {
    "abr", "abril", "ago", "agosto", "dez", "dezembro", "fev", "fevereiro",
    "jan", "janeiro", "jul", "julho", "jun", "junho", "maio", "mar", "março",
    "nov", "novembro", "out", "outubro", "set", "setembro",
};

static const char *const faq_names[] = {
    "dúvidas frequentes",
    "perguntas e respostas",
    "perguntas frequentes",
};

const qa_lang qa_lang_pt = {"pt", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
