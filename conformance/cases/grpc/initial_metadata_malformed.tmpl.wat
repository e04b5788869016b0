;; grpc/initial_metadata_malformed (0.1.0 on): proxy_grpc_call and
;; proxy_grpc_stream whose initial metadata is not a well-formed pairs
;; blob, every other argument valid: 2 bytes (call), count 5 with data for
;; one pair (call), a key without its NUL (stream), a good pair followed
;; by 2 stray bytes (stream).  The token slot is preset to 0xaa bytes.
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
  (data (i32.const 96) "\01\00")
  (data (i32.const 128) "\05\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")
  (data (i32.const 160) "\01\00\00\00\03\00\00\00\01\00\00\00x-aX1\00")
  (data (i32.const 192) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00\00\00")
  ;; out slot: 256 token
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func $call (param $md i32) (param $len i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) (local.get $md) (local.get $len)
                           (i32.const 64) (i32.const 4) (i32.const 1000) (i32.const 256))))
  (func $stream (param $md i32) (param $len i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 3) (local.get $md) (local.get $len)
                             (i32.const 256))))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $call (i32.const 96) (i32.const 2))
    (call $call (i32.const 128) (i32.const 18))
    (call $stream (i32.const 160) (i32.const 18))
    (call $stream (i32.const 192) (i32.const 20))
    (i32.const 1)))
