/* es.c - Spanish: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "al", "algo", "como", "con", "cual", "cuando", "de", "del", "desde",
    "donde", "durante", "el", "ella", "en", "entre", "es", "esta", "este",
    "esto", "fue", "ha", "hay", "la", "las", "le", "lo", "los", "mas", "me",
    "mi", "muy", "no", "o", "para", "pero", "por", "porque", "que", "se",
    "ser", "si", "sin", "sobre", "su", "sus", "también", "te", "tiene", "un",
    "una", "uno", "y", "ya",
};

static const char *const openers[] = {
    "como", "cual", "cuales", "cuando", "cuanto", "cuantos", "cuál", "cuáles",
    "cuándo", "cuánto", "cuántos", "cómo", "debo", "dónde", "es", "hay",
    "necesito", "para", "por", "puede", "puedo", "quién", "quiénes", "qué",
    "se", "son", "tengo",
};

static const char *const ui_words[] = {
    "abrir", "actualizado", "anterior", "boletín", "buscar", "cargando",
    "carrito", "cerrar", "clic", "comentarios", "compartir", "contacto",
    "contenido", "cookies", "correo", "cuenta", "derechos", "enviar",
    "expandir", "habilitar", "haga", "imagen", "imprimir", "iniciar",
    "inicio", "leer", "menú", "mostrar", "más", "navegación", "ocultar",
    "política", "principal", "privacidad", "publicado", "pulse",
    "registrarse", "reservados", "responder", "saltar", "seguir",
    "seleccionar", "sesión", "siguiente", "solicitud", "suscribirse",
    "términos", "volver", "votar", "útil",
};

static const char *const labels[] = {
    "p", "pregunta", "r", "r/", "respuesta",
};

static const char *const open_words[] = {
    "al", "con", "de", "del", "el", "en", "entre", "la", "las", "los", "para",
    "por", "sin", "sobre", "su", "sus", "un", "una", "y",
};

const qa_lang qa_lang_es = {"es", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words)};
