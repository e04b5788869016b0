/*
 * The wabt interpreter engine (libwabt.a, wabt 1.0.32): a thin C++ shim
 * behind the C engine contract (engine.h).
 *
 * One wabt Store per instance, so instance_free returns everything the
 * instance ever allocated (the Store is garbage-collected and otherwise only
 * grows).  Nothing may throw across the C boundary: every entry point
 * catches everything.
 *
 * Threads: wabt leaves a trapped call's frames on its Thread, so a Thread
 * that saw a trap is dropped.  For the same reason a call re-entered from a
 * host entry runs on a Thread of its own nesting level (one per level,
 * reused): a trap there unwinds that level only, and the outer guest call,
 * whose Thread is untouched, goes on.
 */
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "wabt/binary-reader.h"
#include "wabt/error.h"
#include "wabt/feature.h"
#include "wabt/interp/binary-reader-interp.h"
#include "wabt/interp/interp.h"

extern "C" {
#include "engine.h"
}

namespace wi = wabt::interp;

/*
 * Budgets.  wabt 1.0.32 runs a call to its end (Func::Call); only
 * Thread::Run(n) stops after n instructions, and starting a call by hand
 * needs three private members of Thread.  An explicit instantiation may
 * name private members (C++17 [temp.spec]/6): these give their addresses.
 */
template <typename Tag, typename Tag::type M>
struct Expose {
  friend typename Tag::type get(Tag) { return M; }
};

struct PushValues {
  typedef void (wi::Thread::*type)(const wi::ValueTypes &,
                                   const wi::Values &);
  friend type get(PushValues);
};
struct PopValues {
  typedef void (wi::Thread::*type)(const wi::ValueTypes &, wi::Values *);
  friend type get(PopValues);
};
struct PushCall {
  typedef wi::RunResult (wi::Thread::*type)(const wi::DefinedFunc &,
                                            wi::Trap::Ptr *);
  friend type get(PushCall);
};
template struct Expose<PushValues, &wi::Thread::PushValues>;
template struct Expose<PopValues, &wi::Thread::PopValues>;
template struct Expose<PushCall, &wi::Thread::PushCall>;

namespace {

/* Guest -> host -> guest nesting beyond this is a stack-exhaustion trap. */
const int kMaxDepth = 64;
/* Collect the Store once this many traps have left their Trap objects. */
const int kTrapsPerCollect = 64;
/* Instructions between two looks at the clock. */
const int kSlice = 10000;

struct Export {
  std::string name;
  std::string sig;        /* pw_import notation; '?' for other types */
  bool plain = false;     /* only i32/i64/f32/f64 */
  bool i32 = false;       /* every parameter and the result are i32 */
  wi::Func::Ptr fn;       /* empty for non-function exports */
  /* Argument scratch of the export's sizes, reused by every call: the
     arguments are on the Thread's stack before the guest runs, and the
     results are read before anything else can call it. */
  wi::Values params, results;
};

/* One nesting level: its Thread, reused. */
struct Level {
  std::unique_ptr<wi::Thread> thread;
};

/* A function import: its pwabi entry and Wasm type. */
struct Import {
  const pw_import *entry = nullptr;
  const wi::FuncType *type = nullptr;
  bool i32 = false;       /* every parameter and the result are i32 */
};

}  // namespace

struct pw_module {
  wabt::Features features;
  wi::ModuleDesc desc;
};

struct pw_instance {
  wi::Store store;        /* first: destroyed after everything below */
  wi::Ref timeout_trap = wi::Ref::Null;
  pw_env *env = nullptr;
  std::vector<Import> imports;
  wi::Module::Ptr module;
  wi::Instance::Ptr inst;
  std::vector<Export> exports;
  wi::Memory::Ptr memory;
  std::vector<std::unique_ptr<Level>> levels;
  int depth = 0;
  int traps = 0;
  wi::Ref host_trap = wi::Ref::Null;  /* the last trap a host entry raised */

  explicit pw_instance(const wabt::Features &f) : store(f) {}
};

namespace {

char type_char(wi::ValueType t)
{
  switch (t) {
  case wabt::Type::I32: return 'i';
  case wabt::Type::I64: return 'I';
  case wabt::Type::F32: return 'f';
  case wabt::Type::F64: return 'F';
  default: return '?';
  }
}

std::string sig_of(const wi::FuncType &ft)
{
  std::string s;

  for (auto t : ft.params)
    s += type_char(t);
  s += ':';
  for (auto t : ft.results)
    s += type_char(t);
  return s;
}

/* Wasm value -> the contract's uint64_t (i32 and f32 zero-extended). */
uint64_t to_u64(wi::ValueType t, const wi::Value &v)
{
  switch (t) {
  case wabt::Type::I64: return v.Get<uint64_t>();
  case wabt::Type::F32: {
    float f = v.Get<float>();
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
  }
  case wabt::Type::F64: {
    double d = v.Get<double>();
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
  }
  default: return v.Get<uint32_t>();
  }
}

wi::Value from_u64(wi::ValueType t, uint64_t x)
{
  switch (t) {
  case wabt::Type::I64: return wi::Value::Make(x);
  case wabt::Type::F32: {
    uint32_t u = static_cast<uint32_t>(x);
    float f;
    memcpy(&f, &u, sizeof f);
    return wi::Value::Make(f);
  }
  case wabt::Type::F64: {
    double d;
    memcpy(&d, &x, sizeof d);
    return wi::Value::Make(d);
  }
  default: return wi::Value::Make(static_cast<uint32_t>(x));
  }
}

bool all_i32(const wi::FuncType &ft)
{
  for (auto t : ft.params)
    if (t != wabt::Type::I32)
      return false;
  return ft.results.size() <= 1
         && (ft.results.empty() || ft.results[0] == wabt::Type::I32);
}

bool starts(const std::string &s, const char *prefix)
{
  return s.compare(0, strlen(prefix), prefix) == 0;
}

/* wabt's trap texts -> the contract's kinds. */
pw_trap_kind kind_of(const std::string &m)
{
  static const struct {
    const char *prefix;
    pw_trap_kind kind;
  } map[] = {
    {"unreachable executed", PW_TRAP_UNREACHABLE},
    {"out of bounds memory access", PW_TRAP_MEMORY},
    {"call stack exhausted", PW_TRAP_STACK},
    {"integer divide by zero", PW_TRAP_DIV_ZERO},
    {"integer overflow", PW_TRAP_INT_OVERFLOW},
    {"invalid conversion", PW_TRAP_CONVERSION},
    {"indirect call signature mismatch", PW_TRAP_INDIRECT_CALL},
    {"undefined table index", PW_TRAP_INDIRECT_CALL},
    {"uninitialized table element", PW_TRAP_INDIRECT_CALL},
  };

  for (const auto &e : map)
    if (starts(m, e.prefix))
      return e.kind;
  return PW_TRAP_OTHER;
}

void clear_trap(pw_trap *t)
{
  if (t != nullptr) {
    t->kind = PW_TRAP_NONE;
    t->where[0] = t->msg[0] = '\0';
  }
}

void set_trap(pw_trap *t, pw_trap_kind k, const char *where, const char *msg)
{
  if (t != nullptr) {
    t->kind = k;
    snprintf(t->where, sizeof t->where, "%s", where);
    snprintf(t->msg, sizeof t->msg, "%s", msg);
  }
}

/* A wabt trap as the contract's trap. */
void report(pw_instance *p, const wi::Trap::Ptr &t, const char *where,
            pw_trap *out)
{
  std::string msg = t ? t->message() : std::string("trap");
  pw_trap_kind k = t && t.ref() == p->host_trap ? PW_TRAP_HOST
                   : t && t.ref() == p->timeout_trap ? PW_TRAP_TIMEOUT
                                                      : kind_of(msg);
  set_trap(out, k, where, msg.c_str());
}

uint8_t *interp_memory(void *inst, uint64_t *size)
{
  pw_instance *p = static_cast<pw_instance *>(inst);

  if (p == nullptr || !p->memory) {
    if (size != nullptr)
      *size = 0;
    return nullptr;
  }
  if (size != nullptr)
    *size = p->memory->ByteSize();
  return p->memory->UnsafeData();
}

/* The guest called import `i`: run the pwabi entry, turn env->trap into a
   wabt trap so the guest unwinds. */
wabt::Result host_call(pw_instance *p, size_t i, const wi::Values &params,
                       wi::Values &results, wi::Trap::Ptr *trap)
{
  const Import &im = p->imports[i];
  const wi::FuncType &ft = *im.type;
  uint64_t small[16];
  std::vector<uint64_t> big;
  uint64_t *args = small;
  pw_env *env = p->env;

  if (params.size() > 16) {
    big.resize(params.size());
    args = big.data();
  }
  for (size_t k = 0; k < params.size(); k++)
    args[k] = im.i32 ? params[k].Get<uint32_t>()
                     : to_u64(ft.params[k], params[k]);
  uint64_t size;
  uint8_t *mem = interp_memory(p, &size);
  uint32_t r = env != nullptr ? pw_import_call(env, im.entry, args, mem, size)
                               : im.entry->entry(env, args);
  if (env != nullptr && env->trap != nullptr) {
    std::string msg = env->trap;
    env->trap = nullptr;
    *trap = wi::Trap::New(p->store, msg);
    p->host_trap = trap->ref();
    return wabt::Result::Error;
  }
  for (size_t k = 0; k < results.size(); k++)
    results[k] = im.i32 ? wi::Value::Make(r)
                        : from_u64(ft.results[k], k == 0 ? r : 0);
  return wabt::Result::Ok;
}

/* Traps a trap-free program never sees: data or elem segments that do not
   fit are instantiation errors, not start-function traps. */
bool is_segment_error(const std::string &m)
{
  return m.find("segment is out of bounds") != std::string::npos;
}

/* An import's kind as a link error names it (engine.h). */
char kind_code(wabt::ExternalKind k)
{
  switch (k) {
  case wabt::ExternalKind::Table: return 't';
  case wabt::ExternalKind::Memory: return 'm';
  case wabt::ExternalKind::Global: return 'g';
  case wabt::ExternalKind::Tag: return 'e';
  default: return 'f';
  }
}

/* Check the pwabi entries against the module's function imports. */
bool check_imports(const wi::ModuleDesc &d, const pw_import *const *imports,
                   size_t nimports, pw_err *err)
{
  size_t n = 0;

  for (const auto &imp : d.imports) {
    const wi::ImportType &it = imp.type;
    if (it.type->kind != wabt::ExternalKind::Func) {
      pw_link_kind_err(err, it.module.c_str(), it.name.c_str(),
                       kind_code(it.type->kind));
      return false;
    }
    if (n < nimports) {
      const pw_import *e = imports[n];
      std::string sig = sig_of(*wabt::cast<wi::FuncType>(it.type.get()));
      if (e == nullptr || e->entry == nullptr) {
        pw_errf(err, "import %s.%s: no entry", it.module.c_str(),
                it.name.c_str());
        return false;
      }
      if (e->sig != nullptr && sig != e->sig) {
        std::string full = it.module + "." + it.name;
        pw_link_sig_err(err, "import", full.c_str(), e->sig, sig.c_str());
        return false;
      }
    }
    n++;
  }
  if (n != nimports) {
    pw_errf(err, "module has %zu function imports, %zu entries given", n,
            nimports);
    return false;
  }
  return true;
}

void bind_exports(pw_instance *p)
{
  const auto &descs = p->module->desc().exports;
  const auto &refs = p->inst->exports();

  for (size_t i = 0; i < descs.size(); i++) {
    const wi::ExportType &et = descs[i].type;
    Export e;
    e.name = et.name;
    e.plain = false;
    if (et.type->kind == wabt::ExternalKind::Func) {
      e.fn = p->store.UnsafeGet<wi::Func>(refs[i]);
      e.sig = sig_of(e.fn->type());
      e.plain = e.sig.find('?') == std::string::npos;
      e.i32 = all_i32(e.fn->type());
      e.params.resize(e.fn->type().params.size());
      e.results.resize(e.fn->type().results.size());
    } else if (et.type->kind == wabt::ExternalKind::Memory && !p->memory) {
      p->memory = p->store.UnsafeGet<wi::Memory>(refs[i]);
    }
    p->exports.push_back(std::move(e));
  }
  if (!p->memory && !p->inst->memories().empty())
    p->memory = p->store.UnsafeGet<wi::Memory>(p->inst->memories()[0]);
}

Level &level(pw_instance *p, int depth)
{
  while (p->levels.size() <= static_cast<size_t>(depth))
    p->levels.push_back(std::unique_ptr<Level>(new Level));
  Level &lv = *p->levels[depth];
  if (!lv.thread)
    lv.thread.reset(new wi::Thread(p->store));
  return lv;
}

/* Every trap leaves a Trap object in the Store: once enough have piled up,
   collect them, between top-level calls (no Thread is running then). */
void collect(pw_instance *p)
{
  if (p->depth != 0 || p->traps < kTrapsPerCollect)
    return;
  p->traps = 0;
  p->host_trap = wi::Ref::Null;
  p->store.Collect();
}

const char *export_name(pw_instance *p, int index)
{
  if (index < 0 || static_cast<size_t>(index) >= p->exports.size())
    return "?";
  return p->exports[index].name.c_str();
}

/* The export a call may run, or nullptr and the trap that says why. */
Export *callable(pw_instance *p, int index, pw_trap *trap)
{
  if (index < 0 || static_cast<size_t>(index) >= p->exports.size() ||
      !p->exports[index].fn) {
    set_trap(trap, PW_TRAP_OTHER, "?", "no such function export");
    return nullptr;
  }
  Export &e = p->exports[index];
  if (!e.plain) {
    set_trap(trap, PW_TRAP_OTHER, e.name.c_str(),
             "unsupported value type in signature");
    return nullptr;
  }
  if (p->depth >= kMaxDepth) {
    set_trap(trap, PW_TRAP_STACK, e.name.c_str(),
             "call stack exhausted (host re-entry too deep)");
    return nullptr;
  }
  return &e;
}

/* A call trapped: report it and drop the thread's trapped frames. */
int trapped(pw_instance *p, Level &lv, wi::Trap::Ptr &t, const Export &e,
            pw_trap *trap)
{
  report(p, t, e.name.c_str(), trap);
  lv.thread.reset();
  t.reset();
  p->traps++;
  collect(p);
  return PW_CALL_TRAP;
}

uint32_t budget_ms(const pw_instance *p)
{
  return p->env != nullptr ? p->env->budget_ms : 0;
}

/* Run the call pushed on th, kSlice instructions at a time, until it
   returns, traps or runs out of budget (the budget clock, engine.h). */
wi::RunResult run_sliced(pw_instance *p, wi::Thread &th, wi::Trap::Ptr *t)
{
  for (;;) {
    wi::RunResult r = th.Run(kSlice, t);
    if (r != wi::RunResult::Ok)
      return r;
    if (pw_budget_expired()) {
      *t = wi::Trap::New(p->store, pw_budget_msg());
      p->timeout_trap = t->ref();
      return wi::RunResult::Trap;
    }
  }
}

/* Func::Call under the budget (a defined function, a budget set). */
wabt::Result call_budgeted(pw_instance *p, Level &lv, Export &e,
                           wi::Trap::Ptr *t)
{
  wi::Thread &th = *lv.thread;

  if (budget_ms(p) == 0 || e.fn->kind() != wi::ObjectKind::DefinedFunc)
    return e.fn->Call(th, e.params, e.results, t);
  const auto &fn = static_cast<const wi::DefinedFunc &>(*e.fn.get());
  (th.*get(PushValues()))(fn.type().params, e.params);
  wi::RunResult r = (th.*get(PushCall()))(fn, t);
  if (r == wi::RunResult::Return || r == wi::RunResult::Ok)
    r = run_sliced(p, th, t);
  if (r == wi::RunResult::Exception)
    *t = wi::Trap::New(p->store, "uncaught exception");
  if (r != wi::RunResult::Return)
    return wabt::Result::Error;
  (th.*get(PopValues()))(fn.type().results, &e.results);
  return wabt::Result::Ok;
}

/* The body of `call`; may throw (std::bad_alloc). */
int do_call(pw_instance *p, int index, const uint64_t *args,
            uint64_t *results, pw_trap *trap)
{
  Export *e = callable(p, index, trap);
  if (e == nullptr)
    return PW_CALL_TRAP;
  Level &lv = level(p, p->depth);
  const wi::FuncType &ft = e->fn->type();
  for (size_t k = 0; k < ft.params.size(); k++)
    e->params[k] = e->i32 ? wi::Value::Make(static_cast<uint32_t>(args[k]))
                          : from_u64(ft.params[k], args[k]);
  wi::Trap::Ptr t;
  if (p->depth == 0)
    pw_budget_begin(budget_ms(p), nullptr);
  p->depth++;
  wabt::Result r = call_budgeted(p, lv, *e, &t);
  p->depth--;
  if (p->depth == 0)
    pw_budget_end();
  if (wabt::Failed(r))
    return trapped(p, lv, t, *e, trap);
  for (size_t k = 0; k < ft.results.size(); k++)
    results[k] = e->i32 ? e->results[k].Get<uint32_t>()
                        : to_u64(ft.results[k], e->results[k]);
  collect(p);
  return PW_CALL_OK;
}

/* ---- the contract ---- */

pw_module *interp_load(const uint8_t *wasm, size_t len, pw_err *err)
{
  static const uint8_t none[1] = {0};

  try {
    std::unique_ptr<pw_module> m(new pw_module);
    wabt::Errors errors;
    wabt::ReadBinaryOptions opts(m->features, nullptr, false, true, false);

    if (wabt::Failed(wi::ReadBinaryInterp("wasm", wasm ? wasm : none, len,
                                          opts, &errors, &m->desc))) {
      const char *why = "unknown error";
      for (const auto &e : errors)
        if (e.error_level == wabt::ErrorLevel::Error) {
          why = e.message.c_str();
          break;
        }
      pw_errf(err, "malformed wasm: %s", why);
      return nullptr;
    }
    return m.release();
  } catch (const std::bad_alloc &) {
    pw_errf(err, "load: out of memory");
  } catch (const std::exception &x) {
    pw_errf(err, "load: %s", x.what());
  } catch (...) {
    pw_errf(err, "load: unknown C++ exception");
  }
  return nullptr;
}

void interp_module_free(pw_module *m)
{
  delete m;
}

/* One host function per function import, each calling host_call. */
wi::RefVec host_refs(pw_instance *p)
{
  wi::RefVec refs;
  const auto &descs = p->module->desc().imports;

  for (size_t i = 0; i < descs.size(); i++) {
    const auto *ft = wabt::cast<wi::FuncType>(descs[i].type.type.get());
    p->imports[i].type = ft;
    p->imports[i].i32 = all_i32(*ft);
    auto fn = [p, i](wi::Thread &, const wi::Values &params,
                     wi::Values &results, wi::Trap::Ptr *t) {
      return host_call(p, i, params, results, t);
    };
    refs.push_back(wi::HostFunc::New(p->store, *ft, fn).ref());
  }
  return refs;
}

/* Instantiation failed: a segment error, or a trap in the start function. */
void start_failed(pw_instance *p, const wi::Trap::Ptr &t, pw_err *err,
                  pw_trap *trap)
{
  std::string msg = t ? t->message() : std::string("failed");

  if (!t || is_segment_error(msg)) {
    pw_errf(err, "instantiate: %s", msg.c_str());
    return;
  }
  report(p, t, "start", trap);
  pw_errf(err, "trap in start function: %s", msg.c_str());
}

pw_instance *instantiate(pw_module *m, const pw_import *const *imports,
                         size_t nimports, pw_env *env, pw_err *err,
                         pw_trap *trap)
{
  if (!check_imports(m->desc, imports, nimports, err))
    return nullptr;
  std::unique_ptr<pw_instance> p(new pw_instance(m->features));
  p->env = env;
  p->imports.resize(nimports);
  for (size_t i = 0; i < nimports; i++)
    p->imports[i].entry = imports[i];
  p->module = wi::Module::New(p->store, m->desc);
  wi::RefVec refs = host_refs(p.get());
  wi::Trap::Ptr t;
  p->inst = wi::Instance::Instantiate(p->store, p->module.ref(), refs, &t);
  if (!p->inst) {
    start_failed(p.get(), t, err, trap);
    return nullptr;
  }
  bind_exports(p.get());
  return p.release();
}

pw_instance *interp_instantiate(pw_module *m, const pw_import *const *imports,
                                size_t nimports, pw_env *env, pw_err *err,
                                pw_trap *trap)
{
  clear_trap(trap);
  if (m == nullptr) {
    pw_errf(err, "instantiate: no module");
    return nullptr;
  }
  try {
    return instantiate(m, imports, nimports, env, err, trap);
  } catch (const std::bad_alloc &) {
    pw_errf(err, "instantiate: out of memory");
  } catch (const std::exception &x) {
    pw_errf(err, "instantiate: %s", x.what());
  } catch (...) {
    pw_errf(err, "instantiate: unknown C++ exception");
  }
  return nullptr;
}

void interp_instance_free(pw_instance *p)
{
  delete p;
}

int interp_find(pw_instance *p, const char *name, const char **sig)
{
  if (p == nullptr || name == nullptr)
    return -1;
  for (size_t i = 0; i < p->exports.size(); i++) {
    const Export &e = p->exports[i];
    if (e.fn && e.name == name) {
      if (sig != nullptr)
        *sig = e.sig.c_str();
      return static_cast<int>(i);
    }
  }
  return -1;
}

int interp_call(pw_instance *p, int index, const uint64_t *args,
                uint64_t *results, pw_trap *trap)
{
  clear_trap(trap);
  if (p == nullptr) {
    set_trap(trap, PW_TRAP_OTHER, "?", "no instance");
    return PW_CALL_TRAP;
  }
  int depth = p->depth;
  const char *why;
  try {
    return do_call(p, index, args, results, trap);
  } catch (const std::bad_alloc &) {
    why = "out of memory";
  } catch (...) {
    why = "unexpected C++ exception";
  }
  set_trap(trap, PW_TRAP_OTHER, export_name(p, index), why);
  /* The Thread of this level may hold a half-run call: drop it. */
  p->depth = depth;
  if (static_cast<size_t>(depth) < p->levels.size())
    p->levels[depth]->thread.reset();
  return PW_CALL_TRAP;
}

}  // namespace

extern "C" const pw_engine pw_engine_interp = {
  "interp",
  interp_load,
  interp_module_free,
  interp_instantiate,
  interp_instance_free,
  interp_find,
  interp_call,
  interp_memory,
};
