/*
 * Reference host ops: metrics.
 *
 * Ids as CH: the type in the low 2 bits, 4, 8, ... per type; defining a
 * name again gives a new id for the same (type, name) stat.  Counters only
 * grow (increment > 0, record adds), gauges add or set, histograms keep a
 * sample count and sum and cannot be read by the guest.
 */
#include "ref.h"

static size_t stat_for(pw_host *h, uint32_t type, pw_bytes name)
{
  for (size_t i = 0; i < h->nm; i++)
    if (h->m[i].type == type && ref_eq(h->m[i].name, name.ptr, name.len))
      return i;
  h->m = ref_grow(h->m, &h->capm, h->nm + 1, sizeof *h->m);
  h->m[h->nm] = (ref_metric){ ref_dup(name.ptr, name.len), type, 0, 0, 0 };
  return h->nm++;
}

pw_wasm_result_t ref_define_metric(void *host, pw_metric_type_t t,
                                       pw_bytes name, pw_metric_id_t *id)
{
  pw_host *h = host;
  size_t s = stat_for(h, t, name);
  uint32_t n = ++h->next_mid[t];

  if (n > (UINT32_MAX >> 2))
    return PW_WASM_RESULT_INTERNAL_FAILURE;
  *id = n << 2 | t;
  h->mid = ref_grow(h->mid, &h->capmid, h->nmid + 1, sizeof *h->mid);
  h->mid[h->nmid++] = (ref_mid){ *id, (uint32_t)s };
  return OK;
}

static ref_metric *metric(pw_host *h, uint32_t id)
{
  for (size_t i = 0; i < h->nmid; i++)
    if (h->mid[i].id == id)
      return &h->m[h->mid[i].stat];
  return NULL;
}

pw_wasm_result_t ref_increment_metric(void *host, pw_metric_id_t id,
                                          int64_t offset)
{
  ref_metric *m = metric(host, id);

  if (m == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  if (m->type == PW_METRIC_TYPE_HISTOGRAM ||
      (m->type == PW_METRIC_TYPE_COUNTER && offset <= 0))
    return BAD;
  m->value += (uint64_t)offset;
  return OK;
}

pw_wasm_result_t ref_record_metric(void *host, pw_metric_id_t id,
                                       uint64_t value)
{
  ref_metric *m = metric(host, id);

  if (m == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  if (m->type == PW_METRIC_TYPE_COUNTER)
    m->value += value;
  else if (m->type == PW_METRIC_TYPE_GAUGE)
    m->value = value;
  else
    m->count++, m->sum += value;
  return OK;
}

pw_wasm_result_t ref_get_metric(void *host, pw_metric_id_t id,
                                    uint64_t *value)
{
  ref_metric *m = metric(host, id);

  if (m == NULL)
    return PW_WASM_RESULT_NOT_FOUND;
  if (m->type == PW_METRIC_TYPE_HISTOGRAM)
    return BAD;
  *value = m->value;
  return OK;
}
