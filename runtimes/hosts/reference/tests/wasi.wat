;; A guest importing WASI under both module names (test_wasi.c): each
;; export makes one call; `alias` 1 picks the wasi_unstable import.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_write"
    (func $write_u (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_unstable" "clock_time_get"
    (func $clock_u (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get"
    (func $random (param i32 i32) (result i32)))
  (import "wasi_unstable" "random_get"
    (func $random_u (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_unstable" "poll_oneoff"
    (func $poll_u (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_unstable" "proc_exit" (func $exit_u (param i32)))
  (import "env" "emscripten_notify_memory_growth" (func $grew (param i32)))
  (import "env" "pthread_equal"
    (func $peq (param i32 i32) (result i32)))
  (memory (export "memory") 2)
  (data (i32.const 16) "hello")
  (data (i32.const 32) " world\n")
  (global $heap (mut i32) (i32.const 4096))
  (func (export "proxy_abi_version_0_1_0"))
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "load") (param $a i32) (result i32)
    (i32.load (local.get $a)))
  ;; "hello" " world\n" from the iovecs at 64; nwritten at 80
  (func (export "write") (param $fd i32) (param $alias i32) (result i32)
    (i32.store (i32.const 64) (i32.const 16))
    (i32.store (i32.const 68) (i32.const 5))
    (i32.store (i32.const 72) (i32.const 32))
    (i32.store (i32.const 76) (i32.const 7))
    (if (result i32) (local.get $alias)
      (then (call $write_u (local.get $fd) (i32.const 64) (i32.const 2)
        (i32.const 80)))
      (else (call $write (local.get $fd) (i32.const 64) (i32.const 2)
        (i32.const 80)))))
  ;; iovecs at `list` (count 1): for lists that lie outside memory
  (func (export "write_at") (param $list i32) (param $n i32) (result i32)
    (call $write (i32.const 1) (local.get $list) (local.get $n)
      (i32.const 80)))
  ;; the time at 96
  (func (export "clock") (param $id i32) (param $alias i32) (result i32)
    (if (result i32) (local.get $alias)
      (then (call $clock_u (local.get $id) (i64.const 1) (i32.const 96)))
      (else (call $clock (local.get $id) (i64.const 1) (i32.const 96)))))
  (func (export "random") (param $p i32) (param $n i32) (param $alias i32)
    (result i32)
    (if (result i32) (local.get $alias)
      (then (call $random_u (local.get $p) (local.get $n)))
      (else (call $random (local.get $p) (local.get $n)))))
  ;; the fdstat at 128
  (func (export "fdstat") (param $fd i32) (result i32)
    (call $fdstat (local.get $fd) (i32.const 128)))
  ;; nevents at 160
  (func (export "poll") (result i32)
    (i32.store (i32.const 160) (i32.const 99))
    (call $poll_u (i32.const 256) (i32.const 512) (i32.const 1)
      (i32.const 160)))
  (func (export "exit") (param $code i32) (param $alias i32)
    (if (local.get $alias)
      (then (call $exit_u (local.get $code)))
      (else (call $exit (local.get $code)))))
  ;; the env extras: a growth notice returns; pthread_equal compares
  (func (export "extras") (param $a i32) (param $b i32) (result i32)
    (call $grew (i32.const 0))
    (call $peq (local.get $a) (local.get $b))))
