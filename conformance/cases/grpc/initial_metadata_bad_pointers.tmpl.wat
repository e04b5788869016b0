;; grpc/initial_metadata_bad_pointers (0.1.0 on): the arguments 0.1.0
;; added or moved, one bad pointer at a time, the rest valid.  The initial
;; metadata of proxy_grpc_call and of proxy_grpc_stream: out of bounds
;; (65536, 1), ptr + len wrapping past 2^32 (0xfffffff0, 32), running past
;; the end of memory (96, 65441).  proxy_grpc_call's request, now after
;; the metadata: out of bounds (65536, 1).  The token out-pointer, now
;; last: 65536 (call), 0xfffffffe (stream, the write wraps), 65534
;; (stream, it crosses the end).  Then the strings whose place did not
;; change, out of bounds (65536, 1): service, service_name and
;; method_name of a call, and of a stream.  The token slot is preset to
;; 0xaa bytes.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
                     (result i32)))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; {x-a: 1}, 18 bytes
  (data (i32.const 96) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  ;; out slot: 256 token
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $call (param $md i32) (param $ml i32) (param $r i32) (param $rl i32) (param $tok i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (local.get $md) (local.get $ml)
                           (local.get $r) (local.get $rl) (i32.const 1000) (local.get $tok))))
  (func $names (param $s i32) (param $n i32) (param $m i32)
    (drop (call $grpc_call (local.get $s) (i32.const 9) (local.get $n) (i32.const 8)
                           (local.get $m) (i32.const 3) (i32.const 96) (i32.const 18)
                           (i32.const 64) (i32.const 4) (i32.const 1000) (i32.const 256)))
    (drop (call $grpc_stream (local.get $s) (i32.const 9) (local.get $n) (i32.const 8)
                             (local.get $m) (i32.const 3) (i32.const 96) (i32.const 18)
                             (i32.const 256))))
  (func $stream (param $md i32) (param $ml i32) (param $tok i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 3) (local.get $md) (local.get $ml)
                             (local.get $tok))))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; call: metadata
    (call $call (i32.const 65536) (i32.const 1) (i32.const 64) (i32.const 4) (i32.const 256))
    (call $call (i32.const -16) (i32.const 32) (i32.const 64) (i32.const 4) (i32.const 256))
    (call $call (i32.const 96) (i32.const 65441) (i32.const 64) (i32.const 4) (i32.const 256))
    ;; call: request, token
    (call $call (i32.const 96) (i32.const 18) (i32.const 65536) (i32.const 1) (i32.const 256))
    (call $call (i32.const 96) (i32.const 18) (i32.const 64) (i32.const 4) (i32.const 65536))
    ;; stream: metadata
    (call $stream (i32.const 65536) (i32.const 1) (i32.const 256))
    (call $stream (i32.const -16) (i32.const 32) (i32.const 256))
    (call $stream (i32.const 96) (i32.const 65441) (i32.const 256))
    ;; stream: token
    (call $stream (i32.const 96) (i32.const 18) (i32.const -2))
    (call $stream (i32.const 96) (i32.const 18) (i32.const 65534))
    ;; service, service_name, method_name
    (call $names (i32.const 65536) (i32.const 32) (i32.const 48))
    (call $names (i32.const 16) (i32.const 65536) (i32.const 48))
    (call $names (i32.const 16) (i32.const 32) (i32.const 65536))
    (i32.const 1)))
